<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline referral directory for mediators and field workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways is free software under the GNU GPL, version 3 or later. It uses:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActiveFiltersBar</name>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open 24 hours, 7 days a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record gives no opening hours: ask before sending someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data: verify every detail with the organisation before referring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone, e-mail or website in this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified: never (no person has confirmed this record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>&amp;My notes (only on this computer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service to see how to refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to ask for, what worked… Kept on this computer and never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryBanner</name>
    <message>
        <source>Directory warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This directory expired on %1 (%n day(s) ago): contact details may be out of date. Ask your coordinator for an update.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration data: these records come from public articles and have not been verified. Check every detail with the organisation before referring anyone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <comment>facet title: audience of a service</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>facet value and its number of services</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory was updated by another program; showing the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways — referral directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services, organisations, places, in any language… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results update as you type. Press Down to move to the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest first</source>
        <comment>sort order; needs a home place in Settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move, Enter opens the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · version %2 · %3 (%n day(s) old) · %4 services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Directory provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways directory (*.pathways)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading updates is not available in this version. Download the .pathways file from %1 and use Update directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory updated: %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: a colleague can open it with Update directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not share the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>24/7</source>
        <comment>open around the clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <comment>opening hours not given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <comment>no person has checked this record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>verified ... ago</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>verified ... ago</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not available in your language; shown in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Demonstration data: verify before referring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record gives no opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has confirmed this record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed by a person on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column: open now / closed / 24/7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <comment>column: when a person last confirmed the record</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages for service texts, most preferred first, e.g. &quot;uk, sl, en&quot;. A text missing in the first language is shown in the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maribor, or 46.55,15.65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distances are measured from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home municipality or coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: Pathways never goes online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Pathways referral directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content languages, e.g. uk,sl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directory update (*.pathways) to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Damaged or not a Pathways directory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not genuine: not signed by a publisher you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: made for a newer Pathways or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than the installed directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: its contents do not match its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: its contents are not valid directory data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be installed (disk full or not writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already installed: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: your directory and your notes are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This directory (%1, version %2) is the one you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now installed: %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
