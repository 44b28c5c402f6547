<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>pathways::desktop::CorrectionsDialog</name>
    <message numerus="yes">
        <source>Exported %Ln correction(s) to %1. Send the file to the directory&apos;s coordinator.</source>
        <translation>
            <numerusform>Exported %Ln correction to %1. Send the file to the directory&apos;s coordinator.</numerusform>
            <numerusform>Exported %Ln corrections to %1. Send the file to the directory&apos;s coordinator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::DirectoryBanner</name>
    <message numerus="yes">
        <source>This directory expired on %1 (%Ln day(s) ago): contact details may be out of date. Ask your coordinator for an update.</source>
        <translation>
            <numerusform>This directory expired on %1 (%Ln day ago): contact details may be out of date. Ask your coordinator for an update.</numerusform>
            <numerusform>This directory expired on %1 (%Ln days ago): contact details may be out of date. Ask your coordinator for an update.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::FacetPanel</name>
    <message numerus="yes">
        <source>Show all %Ln</source>
        <comment>facet values</comment>
        <translation>
            <numerusform>Show all %Ln</numerusform>
            <numerusform>Show all %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::NoResultsView</name>
    <message numerus="yes">
        <source>more than %Ln service(s)</source>
        <translation>
            <numerusform>more than %Ln service</numerusform>
            <numerusform>more than %Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::PathwayDialog</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ProvenanceLabel</name>
    <message numerus="yes">
        <source>%1 (%Ln day(s) old)</source>
        <comment>date the directory was made</comment>
        <translation>
            <numerusform>%1 (%Ln day old)</numerusform>
            <numerusform>%1 (%Ln days old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralActions</name>
    <message numerus="yes">
        <source>%Ln service(s) on the next referral slip; Ctrl+P prints it.</source>
        <translation>
            <numerusform>%Ln service on the next referral slip; Ctrl+P prints it.</numerusform>
            <numerusform>%Ln services on the next referral slip; Ctrl+P prints it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referral slip of %Ln service(s) done.</source>
        <translation>
            <numerusform>Referral slip of %Ln service done.</numerusform>
            <numerusform>Referral slip of %Ln services done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report kept; %Ln correction(s) waiting to be exported (Referral → Reported corrections).</source>
        <translation>
            <numerusform>Report kept; %Ln correction waiting to be exported (Referral → Reported corrections).</numerusform>
            <numerusform>Report kept; %Ln corrections waiting to be exported (Referral → Reported corrections).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) added to the referral log.</source>
        <translation>
            <numerusform>%Ln referral added to the referral log.</numerusform>
            <numerusform>%Ln referrals added to the referral log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralLogDialog</name>
    <message numerus="yes">
        <source>%n referral(s) logged.</source>
        <translation>
            <numerusform>%n referral logged.</numerusform>
            <numerusform>%n referrals logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log holds %n referral(s). Keep them, to export later, or delete them now?</source>
        <translation>
            <numerusform>The log holds %n referral. Keep it, to export later, or delete it now?</numerusform>
            <numerusform>The log holds %n referrals. Keep them, to export later, or delete them now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ResultsModel</name>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <comment>verified ... ago</comment>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <comment>verified ... ago</comment>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::SearchBar</name>
    <message numerus="yes">
        <source>More than %Ln result(s)</source>
        <comment>only the first ones are listed</comment>
        <translation>
            <numerusform>More than %Ln result</numerusform>
            <numerusform>More than %Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::SettingsDialog</name>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::UpdateChangesView</name>
    <message numerus="yes">
        <source>Added: %Ln service(s)</source>
        <translation>
            <numerusform>Added: %Ln service</numerusform>
            <numerusform>Added: %Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %Ln service(s)</source>
        <translation>
            <numerusform>Changed: %Ln service</numerusform>
            <numerusform>Changed: %Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %Ln service(s)</source>
        <translation>
            <numerusform>Removed: %Ln service</numerusform>
            <numerusform>Removed: %Ln services</numerusform>
        </translation>
    </message>
</context>
</TS>
