<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl">
<context>
    <name>StartupOptions</name>
    <message>
        <source>Pathways referral directory</source>
        <translation>Pathways, imenik za napotitve</translation>
    </message>
    <message>
        <source>Data folder.</source>
        <translation>Mapa s podatki.</translation>
    </message>
    <message>
        <source>Content languages, e.g. uk,sl.</source>
        <translation>Jeziki vsebine, npr. uk,sl.</translation>
    </message>
    <message>
        <source>A directory update (*.pathways) to install.</source>
        <translation>Posodobitev imenika (*.pathways) za namestitev.</translation>
    </message>
    <message>
        <source>Give at most one bundle file.</source>
        <translation>Navedite največ eno datoteko imenika.</translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Ni bilo mogoče zapisati %1: %2</translation>
    </message>
</context>
<context>
    <name>UpdateWords</name>
    <message>
        <source>The file changed after you looked at it</source>
        <translation>Datoteka se je spremenila, odkar ste jo pregledali</translation>
    </message>
    <message>
        <source>Open it again to see what it would change now.</source>
        <translation>Odprite jo znova, da vidite, kaj bi spremenila zdaj.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Pathways directory</source>
        <translation>Ta datoteka je poškodovana ali ni imenik Pathways</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy.</source>
        <translation>Prosite pošiljatelja za novo kopijo.</translation>
    </message>
    <message>
        <source>This file comes from a publisher you do not trust yet</source>
        <translation>Ta datoteka je od izdajatelja, ki mu še ne zaupate</translation>
    </message>
    <message>
        <source>If you expect directory updates from this publisher, ask your coordinator for their key and compare the fingerprint with them by phone. Add it under Trusted publishers, then open this file again.</source>
        <translation>Če posodobitve imenika pričakujete od tega izdajatelja, prosite koordinatorja za njegov ključ in prstni odtis primerjajte z njim po telefonu. Ključ dodajte med zaupanja vredne izdajatelje, nato to datoteko odprite znova.</translation>
    </message>
    <message>
        <source>This file is not genuine</source>
        <translation>Ta datoteka ni pristna</translation>
    </message>
    <message>
        <source>Do not pass it on. Ask the publisher for a new copy.</source>
        <translation>Ne posredujte je naprej. Prosite izdajatelja za novo kopijo.</translation>
    </message>
    <message>
        <source>This file cannot be used by this version of Pathways</source>
        <translation>Te datoteke ta različica programa Pathways ne more uporabiti</translation>
    </message>
    <message>
        <source>Install the newest Pathways, or ask the sender for a new copy.</source>
        <translation>Namestite najnovejši Pathways ali prosite pošiljatelja za novo kopijo.</translation>
    </message>
    <message>
        <source>You already have a newer directory (%1)</source>
        <extracomment>%1 is the version number of the newest directory this computer has had.</extracomment>
        <translation>Že imate novejši imenik (%1)</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Ničesar ni treba storiti.</translation>
    </message>
    <message>
        <source>This file is damaged</source>
        <translation>Ta datoteka je poškodovana</translation>
    </message>
    <message>
        <source>This file&apos;s directory data is not valid</source>
        <translation>Podatki imenika v tej datoteki niso veljavni</translation>
    </message>
    <message>
        <source>Tell the publisher, and ask for a corrected copy.</source>
        <translation>Obvestite izdajatelja in ga prosite za popravljeno kopijo.</translation>
    </message>
    <message>
        <source>The directory could not be installed</source>
        <translation>Imenika ni bilo mogoče namestiti</translation>
    </message>
    <message>
        <source>The disk may be full or not writable. Free some space, then try again.</source>
        <translation>Disk je morda poln ali nanj ni mogoče pisati. Sprostite nekaj prostora in poskusite znova.</translation>
    </message>
    <message>
        <source>You already have this directory</source>
        <translation>Ta imenik že imate</translation>
    </message>
    <message>
        <source>No newer directory online</source>
        <translation>Na spletu ni novejšega imenika</translation>
    </message>
    <message>
        <source>A new version of the directory</source>
        <translation>Nova različica imenika</translation>
    </message>
    <message>
        <source>The previous version is back</source>
        <translation>Prejšnja različica je obnovljena</translation>
    </message>
    <message>
        <source>Directory updated</source>
        <translation>Imenik je posodobljen</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Prenos je ustavljen</translation>
    </message>
    <message>
        <source>No previous version is kept</source>
        <translation>Prejšnja različica ni shranjena</translation>
    </message>
    <message>
        <source>A previous version is kept from the next update on.</source>
        <translation>Prejšnja različica se shrani ob naslednji posodobitvi.</translation>
    </message>
    <message>
        <source>Nothing could be done</source>
        <translation>Ničesar ni bilo mogoče storiti</translation>
    </message>
    <message>
        <source>Check the update address in Settings: it must start with https://.</source>
        <translation>Preverite naslov za posodobitve v nastavitvah: začeti se mora s https://.</translation>
    </message>
    <message>
        <source>No connection to the update server</source>
        <translation>Ni povezave s strežnikom za posodobitve</translation>
    </message>
    <message>
        <source>Check that this computer is online, then try again.</source>
        <translation>Preverite, ali je računalnik povezan z internetom, in poskusite znova.</translation>
    </message>
    <message>
        <source>The download is too large to be a Pathways directory</source>
        <translation>Prenos je prevelik, da bi bil imenik Pathways</translation>
    </message>
    <message>
        <source>Check the update address in Settings, or tell your coordinator.</source>
        <translation>Preverite naslov za posodobitve v nastavitvah ali obvestite koordinatorja.</translation>
    </message>
    <message>
        <source>There is no directory at the update address</source>
        <translation>Na naslovu za posodobitve ni imenika</translation>
    </message>
    <message>
        <source>The update server&apos;s secure connection could not be trusted</source>
        <translation>Varni povezavi s strežnikom za posodobitve ni mogoče zaupati</translation>
    </message>
    <message>
        <source>Try again later, or tell your coordinator.</source>
        <translation>Poskusite znova pozneje ali obvestite koordinatorja.</translation>
    </message>
    <message>
        <source>The update server answered with an error</source>
        <translation>Strežnik za posodobitve je odgovoril z napako</translation>
    </message>
    <message>
        <source>Check online again to see what the new download would change.</source>
        <translation>Ponovno preverite na spletu, da vidite, kaj bi spremenil novi prenos.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::AboutDialog</name>
    <message>
        <source>About Pathways</source>
        <translation>O programu Pathways</translation>
    </message>
    <message>
        <source>An offline referral directory for mediators and field workers.</source>
        <translation>Imenik za napotitve, ki deluje brez internetne povezave, za mediatorje in terenske delavce.</translation>
    </message>
    <message>
        <source>This directory</source>
        <translation>Ta imenik</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Izdajatelj: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Različica %1 z dne %2</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Brez datuma poteka</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Poteče: %1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Pathways is free software under the GNU GPL, version 3 or later. It uses:</source>
        <translation>Pathways je prosto programje pod licenco GNU GPL, različica 3 ali novejša. Uporablja:</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ActiveFiltersBar</name>
    <message>
        <source>Active filters</source>
        <translation>Dejavni filtri</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Odstrani ta filter</translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation>Odstrani filter: %1</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtri:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Počisti vse</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Počisti vse filtre</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::CorrectionDialog</name>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Spletna stran</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Delovni čas</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Kako se prijaviti</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Pogoji</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Dokumenti, ki jih prinesete</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Čakalna doba</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Govorjeni jeziki</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Nekaj drugega</translation>
    </message>
    <message>
        <source>Report outdated information</source>
        <translation>Sporoči zastarele podatke</translation>
    </message>
    <message>
        <source>What is wrong? For example: the number is no longer in use.</source>
        <translation>Kaj ni prav? Na primer: številka ni več v uporabi.</translation>
    </message>
    <message>
        <source>The right value, if you know it</source>
        <translation>Pravilna vrednost, če jo poznate</translation>
    </message>
    <message>
        <source>For &lt;b&gt;%1&lt;/b&gt;. The report waits on this computer until you export the corrections for the directory&apos;s coordinator.</source>
        <translation>Za &lt;b&gt;%1&lt;/b&gt;. Prijava počaka na tem računalniku, dokler popravkov ne izvozite za koordinatorja imenika.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Polje:</translation>
    </message>
    <message>
        <source>The directory says:</source>
        <translation>V imeniku piše:</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Kaj ni prav:</translation>
    </message>
    <message>
        <source>&amp;Suggested value:</source>
        <translation>Predlagana &amp;vrednost:</translation>
    </message>
    <message>
        <source>&amp;Queue the report</source>
        <translation>&amp;Shrani prijavo</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nič)</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::CorrectionsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odstrani</translation>
    </message>
    <message>
        <source>E&amp;xport for the coordinator…</source>
        <translation>&amp;Izvozi za koordinatorja …</translation>
    </message>
    <message>
        <source>Reported corrections</source>
        <translation>Sporočeni popravki</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Storitev</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Suggested value or problem</source>
        <translation>Predlagana vrednost ali težava</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Sporočeno</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>čaka</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>izvoženo %1</translation>
    </message>
    <message>
        <source>Export corrections</source>
        <translation>Izvozi popravke</translation>
    </message>
    <message>
        <source>Corrections (*.json)</source>
        <translation>Popravki (*.json)</translation>
    </message>
    <message>
        <source>The corrections could not be exported: %1</source>
        <translation>Popravkov ni bilo mogoče izvoziti: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln correction(s) to %1. Send the file to the directory&apos;s coordinator.</source>
        <translation>
            <numerusform>Izvožen %Ln popravek v %1. Datoteko pošljite koordinatorju imenika.</numerusform>
            <numerusform>Izvožena %Ln popravka v %1. Datoteko pošljite koordinatorju imenika.</numerusform>
            <numerusform>Izvoženi %Ln popravki v %1. Datoteko pošljite koordinatorju imenika.</numerusform>
            <numerusform>Izvoženih %Ln popravkov v %1. Datoteko pošljite koordinatorju imenika.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::DetailHtml</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopiraj v odložišče</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopiraj</translation>
    </message>
    <message>
        <source>Not available in your language</source>
        <translation>Ni na voljo v vašem jeziku</translation>
    </message>
    <message>
        <source>Open 24 hours, 7 days a week.</source>
        <translation>Odprto 24 ur na dan, 7 dni v tednu.</translation>
    </message>
    <message>
        <source>The record gives no opening hours: ask before sending someone.</source>
        <translation>Zapis ne navaja delovnega časa: preden koga napotite, se pozanimajte.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ves dan</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zaprto</translation>
    </message>
    <message>
        <source>today</source>
        <translation>danes</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Te storitve ni več v imeniku.</translation>
    </message>
    <message>
        <source>Demonstration data: verify every detail with the organisation before referring.</source>
        <translation>Demonstracijski podatki: pred napotitvijo vse podatke preverite pri organizaciji.</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Obvestilo:</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Za koga</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Kdo je upravičen</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Kako se prijaviti</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Potrebni dokumenti</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>No phone, e-mail or website in this record.</source>
        <translation>Zapis ne vsebuje telefona, e-pošte ali spletne strani.</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Dostopnost: %1</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Območje delovanja: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kje</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Delovni čas</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Govorjeni jeziki</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Tolmačenje</translation>
    </message>
    <message>
        <source>Last verified: never (no person has confirmed this record)</source>
        <translation>Nazadnje preverjeno: nikoli (tega zapisa ni še nihče potrdil)</translation>
    </message>
    <message>
        <source>Last verified: %1</source>
        <translation>Nazadnje preverjeno: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Vir: %1</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>ID zapisa: %1</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Izvor podatkov</translation>
    </message>
    <message>
        <source>No longer running: the record says this service has ended. Do not refer anyone here without checking.</source>
        <translation>Ne deluje več: zapis pravi, da se je storitev končala. Nikogar ne napotite sem, ne da bi preverili.</translation>
    </message>
    <message>
        <source>Temporarily closed: ask the organisation when it opens again.</source>
        <translation>Začasno zaprto: organizacijo vprašajte, kdaj bo spet odprto.</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Kako napotiti</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Starost</translation>
    </message>
    <message>
        <source>Expected waiting time</source>
        <translation>Pričakovana čakalna doba</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>broader › narrower category</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Publisher&apos;s categories</source>
        <translation>Kategorije izdajatelja</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::DetailView</name>
    <message>
        <source>&amp;My notes (only on this computer):</source>
        <translation>&amp;Moje opombe (samo na tem računalniku):</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Podrobnosti storitve</translation>
    </message>
    <message>
        <source>Choose a service to see how to refer to it.</source>
        <translation>Izberite storitev, da vidite, kako nanjo napotiti.</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Dodaj med priljubljene</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Priljubljena</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Priljubljena</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Moje opombe</translation>
    </message>
    <message>
        <source>Who to ask for, what worked… Kept on this computer and never shared.</source>
        <translation>Koga vprašati, kaj se je obneslo… Shrani se samo na tem računalniku in se nikoli ne deli.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopirano: %1</translation>
    </message>
    <message>
        <source>Could not save the favourite: %1</source>
        <translation>Priljubljenega ni bilo mogoče shraniti: %1</translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation>Vaše opombe ni bilo mogoče shraniti: %1</translation>
    </message>
    <message>
        <source>Your notes cannot be read: %1</source>
        <translation>Vaših opomb ni mogoče prebrati: %1</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::DirectoryBanner</name>
    <message>
        <source>Directory warning</source>
        <translation>Opozorilo o imeniku</translation>
    </message>
    <message>
        <source>Demonstration data: these records come from public articles and have not been verified. Check every detail with the organisation before referring anyone.</source>
        <translation>Demonstracijski podatki: ti zapisi izvirajo iz javno objavljenih člankov in niso bili preverjeni. Preden koga napotite, vse podatke preverite pri organizaciji.</translation>
    </message>
    <message numerus="yes">
        <source>This directory expired on %1 (%Ln day(s) ago): contact details may be out of date. Ask your coordinator for an update.</source>
        <translation>
            <numerusform>Ta imenik je potekel %1 (pred %Ln dnevom): kontaktni podatki so morda zastareli. Za posodobitev imenika se obrnite na svojega koordinatorja.</numerusform>
            <numerusform>Ta imenik je potekel %1 (pred %Ln dnevoma): kontaktni podatki so morda zastareli. Za posodobitev imenika se obrnite na svojega koordinatorja.</numerusform>
            <numerusform>Ta imenik je potekel %1 (pred %Ln dnevi): kontaktni podatki so morda zastareli. Za posodobitev imenika se obrnite na svojega koordinatorja.</numerusform>
            <numerusform>Ta imenik je potekel %1 (pred %Ln dnevi): kontaktni podatki so morda zastareli. Za posodobitev imenika se obrnite na svojega koordinatorja.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathways::desktop::FacetPanel</name>
    <message>
        <source>Open now</source>
        <translation>Odprto zdaj</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filter kategorij</translation>
    </message>
    <message>
        <source>For whom</source>
        <comment>facet title: audience of a service</comment>
        <translation>Za koga</translation>
    </message>
    <message>
        <source>Audience filter</source>
        <translation>Filter ciljnih skupin</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Občina</translation>
    </message>
    <message>
        <source>Municipality filter</source>
        <translation>Filter občin</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Govorjeni jezik</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filter jezikov</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>facet value and its number of services</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Free of charge (%1)</source>
        <translation>Brezplačno (%1)</translation>
    </message>
    <message>
        <source>Open now (%1)</source>
        <translation>Odprto zdaj (%1)</translation>
    </message>
    <message>
        <source>My favourites</source>
        <translation>Moje priljubljene</translation>
    </message>
    <message>
        <source>None among these results</source>
        <translation>Med temi zadetki ni nobene</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Brezplačno</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Pokaži manj</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln</source>
        <comment>facet values</comment>
        <translation>
            <numerusform>Pokaži vse (%Ln)</numerusform>
            <numerusform>Pokaži obe (%Ln)</numerusform>
            <numerusform>Pokaži vse (%Ln)</numerusform>
            <numerusform>Pokaži vseh %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Including services no longer running</source>
        <translation>Vključno s storitvami, ki ne delujejo več</translation>
    </message>
    <message>
        <source>Include services no longer running (%1)</source>
        <comment>completed projects, closed offices</comment>
        <translation>Vključi storitve, ki ne delujejo več (%1)</translation>
    </message>
    <message>
        <source>Services whose record says they have ended (inactive or defunct). They are left out unless this is ticked, and marked in the list.</source>
        <translation>Storitve, za katere zapis pravi, da so se končale (neaktivne ali ukinjene). Brez te kljukice so izpuščene, na seznamu so označene.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::LanguageOrderEditor</name>
    <message>
        <source>Follow the interface language, then the others</source>
        <translation>Najprej jezik vmesnika, nato ostali</translation>
    </message>
    <message>
        <source>Content languages, most preferred first</source>
        <translation>Jeziki vsebine, najprej najljubši</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Jezik za dodajanje</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odstrani</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Premakni &amp;gor</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Premakni &amp;dol</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::MainWindow</name>
    <message>
        <source>Cannot open the directory: %1</source>
        <translation>Imenika ni mogoče odpreti: %1</translation>
    </message>
    <message>
        <source>The directory was updated by another program; showing the new one.</source>
        <translation>Imenik je posodobil drug program; prikazan je novi imenik.</translation>
    </message>
    <message>
        <source>Pathways — referral directory</source>
        <translation>Pathways — imenik za napotitve</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Zadetki</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter opens the details.</source>
        <translation>S puščicami se premikate, Enter odpre podrobnosti.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Imenik</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Nastavitve…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;zhod</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoč</translation>
    </message>
    <message>
        <source>&amp;About Pathways</source>
        <translation>&amp;O programu Pathways</translation>
    </message>
    <message>
        <source>Notes and favourites are unavailable: %1</source>
        <translation>Opombe in priljubljeni niso na voljo: %1</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::NoResultsView</name>
    <message>
        <source>The directory has no services to show.</source>
        <translation>Imenik nima storitev za prikaz.</translation>
    </message>
    <message>
        <source>No service matches these filters.</source>
        <translation>Nobena storitev ne ustreza tem filtrom.</translation>
    </message>
    <message>
        <source>No service matches “%1” with these filters.</source>
        <translation>Nobena storitev ne ustreza iskanju »%1« s temi filtri.</translation>
    </message>
    <message>
        <source>Clear the search text</source>
        <translation>Počisti iskalno besedilo</translation>
    </message>
    <message>
        <source>Remove the filter “%1”</source>
        <translation>Odstrani filter »%1«</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln service(s)</source>
        <translation>
            <numerusform>več kot %Ln storitev</numerusform>
            <numerusform>več kot %Ln storitvi</numerusform>
            <numerusform>več kot %Ln storitve</numerusform>
            <numerusform>več kot %Ln storitev</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln storitev</numerusform>
            <numerusform>%Ln storitvi</numerusform>
            <numerusform>%Ln storitve</numerusform>
            <numerusform>%Ln storitev</numerusform>
        </translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Brezplačno</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Odprto zdaj</translation>
    </message>
    <message>
        <source>My favourites</source>
        <translation>Moje priljubljene</translation>
    </message>
    <message>
        <source>Within the distance</source>
        <translation>V krogu razdalje</translation>
    </message>
    <message>
        <source>Only services still running</source>
        <translation>Samo storitve, ki še delujejo</translation>
    </message>
    <message>
        <source>Did you mean “%1…”? %2</source>
        <translation>Ste mislili »%1 …«? %2</translation>
    </message>
    <message>
        <source>Without “%1”: %2</source>
        <translation>Brez »%1«: %2</translation>
    </message>
    <message>
        <source>Include services no longer running: %1</source>
        <translation>Vključi storitve, ki ne delujejo več: %1</translation>
    </message>
    <message>
        <source>Any distance: %1</source>
        <translation>Katera koli razdalja: %1</translation>
    </message>
    <message>
        <source>Remove the filter “%1”: %2</source>
        <translation>Odstrani filter »%1«: %2</translation>
    </message>
    <message>
        <source>The filter “%1” left nothing of %2.</source>
        <translation>Filter »%1« je izločil vse (pred njim: %2).</translation>
    </message>
    <message>
        <source>No service matches “%1”.</source>
        <translation>Nobena storitev ne ustreza »%1«.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::PathwayDialog</name>
    <message>
        <source>All &amp;municipalities</source>
        <translation>Vse &amp;občine</translation>
    </message>
    <message>
        <source>All c&amp;ategories</source>
        <translation>Vse k&amp;ategorije</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Predogled tiskanja …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Natisni …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Shrani kot PDF …</translation>
    </message>
    <message>
        <source>Printable referral pathway</source>
        <translation>Napotitvena pot za tisk</translation>
    </message>
    <message>
        <source>Municipalities in the booklet</source>
        <translation>Občine v knjižici</translation>
    </message>
    <message>
        <source>Categories in the booklet</source>
        <translation>Kategorije v knjižici</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Language of the booklet:</source>
        <translation>&amp;Jezik knjižice:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apir:</translation>
    </message>
    <message>
        <source>%1 (region, %2)</source>
        <translation>%1 (regija, %2)</translation>
    </message>
    <message>
        <source>The directory cannot be read, so no booklet can be made.</source>
        <translation>Imenika ni mogoče prebrati, zato knjižice ni mogoče pripraviti.</translation>
    </message>
    <message>
        <source>Tick at least one municipality and one category, or choose all.</source>
        <translation>Označite vsaj eno občino in eno kategorijo ali izberite vse.</translation>
    </message>
    <message>
        <source>The booklet cannot be counted: %1</source>
        <translation>Obsega knjižice ni mogoče prešteti: %1</translation>
    </message>
    <message>
        <source>No service matches this choice: the booklet would be empty.</source>
        <translation>Tej izbiri ne ustreza nobena storitev: knjižica bi bila prazna.</translation>
    </message>
    <message>
        <source>The booklet will list %1 in %2.</source>
        <extracomment>%1 is &quot;N services&quot;, %2 &quot;N categories&quot;, both counted from the installed directory.</extracomment>
        <translation>Knjižica bo navedla %1 v %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n storitev</numerusform>
            <numerusform>%n storitvi</numerusform>
            <numerusform>%n storitve</numerusform>
            <numerusform>%n storitev</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n kategoriji</numerusform>
            <numerusform>%n kategorijah</numerusform>
            <numerusform>%n kategorijah</numerusform>
            <numerusform>%n kategorijah</numerusform>
        </translation>
    </message>
    <message>
        <source>the directory cannot be read</source>
        <translation>imenika ni mogoče prebrati</translation>
    </message>
    <message>
        <source>The booklet could not be made: %1</source>
        <translation>Knjižice ni bilo mogoče pripraviti: %1</translation>
    </message>
    <message>
        <source>Save referral pathway</source>
        <translation>Shrani napotitveno pot</translation>
    </message>
    <message>
        <source>referral-pathway.pdf</source>
        <translation>napotitvena-pot.pdf</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::PrintOutput</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>ni mogoče zapisati %1: %2</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ProvenanceLabel</name>
    <message>
        <source>version %1</source>
        <translation>različica %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) old)</source>
        <comment>date the directory was made</comment>
        <translation>
            <numerusform>%1 (star %Ln dan)</numerusform>
            <numerusform>%1 (star %Ln dni)</numerusform>
            <numerusform>%1 (star %Ln dni)</numerusform>
            <numerusform>%1 (star %Ln dni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln storitev</numerusform>
            <numerusform>%Ln storitvi</numerusform>
            <numerusform>%Ln storitve</numerusform>
            <numerusform>%Ln storitev</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory provenance</source>
        <translation>Izvor imenika</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::PublisherCategoryList</name>
    <message>
        <source>%1, in the publisher&apos;s taxonomy &quot;%2&quot;</source>
        <translation>%1, v taksonomiji izdajatelja »%2«</translation>
    </message>
    <message>
        <source>Publisher&apos;s categories</source>
        <translation>Kategorije izdajatelja</translation>
    </message>
    <message>
        <source>The categories the directory&apos;s publisher uses, with the services of this search in each (a broader category counts its narrower ones)</source>
        <translation>Kategorije, ki jih uporablja izdajatelj imenika, s številom storitev tega iskanja v vsaki (širša kategorija šteje tudi ožje)</translation>
    </message>
    <message>
        <source>Without a taxonomy name</source>
        <translation>Brez imena taksonomije</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralActions</name>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Napotitev</translation>
    </message>
    <message>
        <source>&amp;Print referral slip…</source>
        <translation>&amp;Natisni napotnico …</translation>
    </message>
    <message>
        <source>&amp;Add to referral slip</source>
        <translation>&amp;Dodaj na napotnico</translation>
    </message>
    <message>
        <source>Report &amp;outdated information…</source>
        <translation>Sporoči &amp;zastarele podatke …</translation>
    </message>
    <message>
        <source>Reported &amp;corrections…</source>
        <translation>Sporočeni &amp;popravki …</translation>
    </message>
    <message>
        <source>Choose a service first (or wait until its details are shown).</source>
        <translation>Najprej izberite storitev (ali počakajte, da se prikažejo njene podrobnosti).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s) on the next referral slip; Ctrl+P prints it.</source>
        <translation>
            <numerusform>%Ln storitev na naslednji napotnici; Ctrl+P jo natisne.</numerusform>
            <numerusform>%Ln storitvi na naslednji napotnici; Ctrl+P jo natisne.</numerusform>
            <numerusform>%Ln storitve na naslednji napotnici; Ctrl+P jo natisne.</numerusform>
            <numerusform>%Ln storitev na naslednji napotnici; Ctrl+P jo natisne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referral slip of %Ln service(s) done.</source>
        <translation>
            <numerusform>Napotnica za %Ln storitev je pripravljena.</numerusform>
            <numerusform>Napotnica za %Ln storitvi je pripravljena.</numerusform>
            <numerusform>Napotnica za %Ln storitve je pripravljena.</numerusform>
            <numerusform>Napotnica za %Ln storitev je pripravljena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report outdated information</source>
        <translation>Sporoči zastarele podatke</translation>
    </message>
    <message>
        <source>The report could not be kept: %1</source>
        <translation>Prijave ni bilo mogoče shraniti: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report kept; %Ln correction(s) waiting to be exported (Referral → Reported corrections).</source>
        <translation>
            <numerusform>Prijava shranjena; %Ln popravek čaka na izvoz (Napotitev → Sporočeni popravki).</numerusform>
            <numerusform>Prijava shranjena; %Ln popravka čakata na izvoz (Napotitev → Sporočeni popravki).</numerusform>
            <numerusform>Prijava shranjena; %Ln popravki čakajo na izvoz (Napotitev → Sporočeni popravki).</numerusform>
            <numerusform>Prijava shranjena; %Ln popravkov čaka na izvoz (Napotitev → Sporočeni popravki).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log referral</source>
        <translation>&amp;Zabeleži napotitev</translation>
    </message>
    <message>
        <source>Printable referral &amp;pathway…</source>
        <translation>Napotitvena &amp;pot za tisk …</translation>
    </message>
    <message>
        <source>Referral lo&amp;g…</source>
        <translation>Dnevnik na&amp;potitev …</translation>
    </message>
    <message>
        <source>The referral log could not be written: %1</source>
        <translation>Dnevnika napotitev ni bilo mogoče zapisati: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) added to the referral log.</source>
        <translation>
            <numerusform>%Ln napotitev dodana v dnevnik napotitev.</numerusform>
            <numerusform>%Ln napotitvi dodani v dnevnik napotitev.</numerusform>
            <numerusform>%Ln napotitve dodane v dnevnik napotitev.</numerusform>
            <numerusform>%Ln napotitev dodanih v dnevnik napotitev.</numerusform>
        </translation>
    </message>
    <message>
        <source>The referral log is off: turn it on in Referral → Referral log…</source>
        <translation>Dnevnik napotitev je izklopljen: vklopite ga v Napotitev → Dnevnik napotitev …</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralLogDialog</name>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>I&amp;zvozi kot CSV …</translation>
    </message>
    <message>
        <source>&amp;Delete all…</source>
        <translation>I&amp;zbriši vse …</translation>
    </message>
    <message>
        <source>Referral log</source>
        <translation>Dnevnik napotitev</translation>
    </message>
    <message>
        <source>&amp;Keep a referral log for my monthly report</source>
        <translation>&amp;Vodi dnevnik napotitev za moje mesečno poročilo</translation>
    </message>
    <message>
        <source>When this is on, every referral slip you print or save, and every “Log referral” on a service, adds one line: the day, the service and its category. Nothing about the client is kept: no name, no note, no detail. The log stays on this computer until you export or delete it. It is off unless you turn it on.</source>
        <translation>Ko je to vklopljeno, vsak napotni list, ki ga natisnete ali shranite, in vsak ukaz »Zabeleži napotitev« pri storitvi doda eno vrstico: dan, storitev in njeno kategorijo. O stranki se ne shrani nič: ne ime, ne opomba, ne kakršen koli podatek. Dnevnik ostane na tem računalniku, dokler ga ne izvozite ali izbrišete. Izklopljen je, dokler ga ne vklopite.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Napotitve</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(brez kategorije)</translation>
    </message>
    <message>
        <source>No referrals logged.</source>
        <translation>Ni zabeleženih napotitev.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) logged.</source>
        <translation>
            <numerusform>Zabeležena %n napotitev.</numerusform>
            <numerusform>Zabeleženi %n napotitvi.</numerusform>
            <numerusform>Zabeležene %n napotitve.</numerusform>
            <numerusform>Zabeleženih %n napotitev.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn off the referral log</source>
        <translation>Izklop dnevnika napotitev</translation>
    </message>
    <message numerus="yes">
        <source>The log holds %n referral(s). Keep them, to export later, or delete them now?</source>
        <translation>
            <numerusform>Dnevnik vsebuje %n napotitev. Jo obdržite za poznejši izvoz ali jo izbrišete zdaj?</numerusform>
            <numerusform>Dnevnik vsebuje %n napotitvi. Ju obdržite za poznejši izvoz ali ju izbrišete zdaj?</numerusform>
            <numerusform>Dnevnik vsebuje %n napotitve. Jih obdržite za poznejši izvoz ali jih izbrišete zdaj?</numerusform>
            <numerusform>Dnevnik vsebuje %n napotitev. Jih obdržite za poznejši izvoz ali jih izbrišete zdaj?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Obdrži</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>I&amp;zbriši</translation>
    </message>
    <message>
        <source>The referral log could not be exported: %1</source>
        <translation>Dnevnika napotitev ni bilo mogoče izvoziti: %1</translation>
    </message>
    <message>
        <source>Export referral log</source>
        <translation>Izvozi dnevnik napotitev</translation>
    </message>
    <message>
        <source>referral-log.csv</source>
        <translation>dnevnik-napotitev.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
    <message>
        <source>Delete every entry of the referral log? This cannot be undone.</source>
        <translation>Izbrišem vse vnose v dnevniku napotitev? Tega ni mogoče razveljaviti.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralMethodNames</name>
    <message>
        <source>walk in, no appointment needed</source>
        <translation>brez naročila, kar pridite</translation>
    </message>
    <message>
        <source>call before going</source>
        <translation>pred obiskom pokličite</translation>
    </message>
    <message>
        <source>by appointment only</source>
        <translation>samo po dogovoru</translation>
    </message>
    <message>
        <source>apply with a form</source>
        <translation>prijava z obrazcem</translation>
    </message>
    <message>
        <source>write an e-mail first</source>
        <translation>najprej pišite e-pošto</translation>
    </message>
    <message>
        <source>only with a referral from a worker</source>
        <translation>samo z napotitvijo strokovnega delavca</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 let</translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation>od %1 let</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>do %1 let</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralSlipDialog</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Predogled tiskanja …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Natisni …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Shrani kot PDF …</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Napotnica</translation>
    </message>
    <message>
        <source>Services on the slip</source>
        <translation>Storitve na napotnici</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brez</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Optional: the client&apos;s name or a note</source>
        <translation>Neobvezno: ime stranke ali opomba</translation>
    </message>
    <message>
        <source>The client agreed that this is printed on the slip</source>
        <translation>Stranka se strinja, da je to natisnjeno na napotnici</translation>
    </message>
    <message>
        <source>Never stored: the note is printed and then forgotten.</source>
        <translation>Nikoli shranjeno: opomba se natisne in nato pozabi.</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Storitve:</translation>
    </message>
    <message>
        <source>&amp;Client&apos;s language:</source>
        <translation>&amp;Jezik stranke:</translation>
    </message>
    <message>
        <source>&amp;Worker&apos;s language:</source>
        <translation>Jezik &amp;delavca:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apir:</translation>
    </message>
    <message>
        <source>For the &amp;client:</source>
        <translation>Za &amp;stranko:</translation>
    </message>
    <message>
        <source>Ask the client first: the note is printed only once you tick their consent.</source>
        <translation>Najprej vprašajte stranko: opomba se natisne šele, ko označite njeno privolitev.</translation>
    </message>
    <message>
        <source>The slip could not be made: %1</source>
        <translation>Napotnice ni bilo mogoče pripraviti: %1</translation>
    </message>
    <message>
        <source>Save referral slip</source>
        <translation>Shrani napotnico</translation>
    </message>
    <message>
        <source>referral-slip.pdf</source>
        <translation>napotnica.pdf</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ReferralText</name>
    <message>
        <source>all day</source>
        <translation>ves dan</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zaprto</translation>
    </message>
    <message>
        <source>Demonstration data: verify every detail with the organisation before referring.</source>
        <translation>Demonstracijski podatki: pred napotitvijo vse podatke preverite pri organizaciji.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-pošta: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Spletna stran: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Naslov: %1</translation>
    </message>
    <message>
        <source>Open 24 hours, 7 days a week.</source>
        <translation>Odprto 24 ur na dan, 7 dni v tednu.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Delovni čas:</translation>
    </message>
    <message>
        <source>Documents to bring: %1</source>
        <translation>Prinesite s seboj: %1</translation>
    </message>
    <message>
        <source>How to apply: %1</source>
        <translation>Kako zaprositi: %1</translation>
    </message>
    <message>
        <source>How to refer: %1</source>
        <translation>Kako napotiti: %1</translation>
    </message>
    <message>
        <source>Eligibility: %1</source>
        <translation>Pogoji: %1</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Starost: %1</translation>
    </message>
    <message>
        <source>Expected waiting time: %1</source>
        <translation>Pričakovana čakalna doba: %1</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ResultActions</name>
    <message>
        <source>&amp;Copy referral as text</source>
        <translation>&amp;Kopiraj napotitev kot besedilo</translation>
    </message>
    <message>
        <source>Open &amp;website</source>
        <translation>Odpri &amp;spletno stran</translation>
    </message>
    <message>
        <source>Add to or remove from &amp;favourites</source>
        <translation>Dodaj med &amp;priljubljene ali odstrani</translation>
    </message>
    <message>
        <source>The details are still loading; try again in a moment.</source>
        <translation>Podrobnosti se še nalagajo; poskusite čez trenutek.</translation>
    </message>
    <message>
        <source>Copied the referral for %1.</source>
        <translation>Napotitev za »%1« je kopirana.</translation>
    </message>
    <message>
        <source>This service gives no website.</source>
        <translation>Ta storitev nima navedene spletne strani.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ResultsModel</name>
    <message>
        <source>24/7</source>
        <comment>open around the clock</comment>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Odprto zdaj</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zaprto</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danes</translation>
    </message>
    <message>
        <source>Not available in your language; shown in %1.</source>
        <translation>Ni na voljo v vašem jeziku; prikazano v jeziku: %1.</translation>
    </message>
    <message>
        <source>The record gives no opening hours.</source>
        <translation>Zapis ne navaja delovnega časa.</translation>
    </message>
    <message>
        <source>No person has confirmed this record yet.</source>
        <translation>Tega zapisa še ni nihče potrdil.</translation>
    </message>
    <message>
        <source>Last confirmed by a person on %1.</source>
        <translation>Zapis je nazadnje potrdila oseba dne %1.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Storitev</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorije</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Občina</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Razdalja</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column: open now / closed / 24/7</comment>
        <translation>Delovni čas</translation>
    </message>
    <message>
        <source>Verified</source>
        <comment>column: when a person last confirmed the record</comment>
        <translation>Preverjeno</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <comment>verified ... ago</comment>
        <translation>
            <numerusform>pred %Ln dnevom</numerusform>
            <numerusform>pred %Ln dnevoma</numerusform>
            <numerusform>pred %Ln dnevi</numerusform>
            <numerusform>pred %Ln dnevi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <comment>verified ... ago</comment>
        <translation>
            <numerusform>pred %Ln mesecem</numerusform>
            <numerusform>pred %Ln mesecema</numerusform>
            <numerusform>pred %Ln meseci</numerusform>
            <numerusform>pred %Ln meseci</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration data: verify before referring.</source>
        <translation>Demonstracijski podatki: pred napotitvijo jih preverite.</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>hours column: the service no longer runs</comment>
        <translation>Končano</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Začasno zaprto</translation>
    </message>
    <message>
        <source>No longer running: the record says this service has ended.</source>
        <translation>Ne deluje več: zapis pravi, da se je storitev končala.</translation>
    </message>
    <message>
        <source>Temporarily closed.</source>
        <translation>Začasno zaprto.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::ResultsPresenter</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Iskanje ni uspelo: %1</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::SearchBar</name>
    <message numerus="yes">
        <source>More than %Ln result(s)</source>
        <comment>only the first ones are listed</comment>
        <translation>
            <numerusform>Več kot %Ln zadetek</numerusform>
            <numerusform>Več kot %Ln zadetka</numerusform>
            <numerusform>Več kot %Ln zadetki</numerusform>
            <numerusform>Več kot %Ln zadetkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln zadetek</numerusform>
            <numerusform>%Ln zadetka</numerusform>
            <numerusform>%Ln zadetki</numerusform>
            <numerusform>%Ln zadetkov</numerusform>
        </translation>
    </message>
    <message>
        <source>Search services, organisations, places, in any language… (Ctrl+K)</source>
        <translation>Iščite storitve, organizacije, kraje v katerem koli jeziku… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Iskanje</translation>
    </message>
    <message>
        <source>Results update as you type. Press Down to move to the results.</source>
        <translation>Zadetki se posodabljajo med tipkanjem. S puščico navzdol se premaknete na zadetke.</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Najboljše ujemanje</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Razvrščanje</translation>
    </message>
    <message>
        <source>No municipality or region “%1” with coordinates in this directory, and not coordinates such as 46.05,14.51: distances are not shown.</source>
        <translation>V imeniku ni občine ali regije »%1« s koordinatami in to niso koordinate, kot je 46.05,14.51: razdalje niso prikazane.</translation>
    </message>
    <message>
        <source>Distances are measured from here.</source>
        <translation>Razdalje se merijo od tu.</translation>
    </message>
    <message>
        <source>Closest to %1 first</source>
        <translation>Najprej najbližje kraju %1</translation>
    </message>
    <message>
        <source>Type a place in “Near” first: distances are measured from it.</source>
        <translation>Najprej vpišite kraj v polje »Blizu«: razdalje se merijo od njega.</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <comment>sort order; needs a place in Near</comment>
        <translation>Najbližje najprej</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Blizu</translation>
    </message>
    <message>
        <source>any distance</source>
        <translation>katera koli razdalja</translation>
    </message>
    <message>
        <source>within </source>
        <comment>within 25 km</comment>
        <translation>v krogu </translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Within kilometres</source>
        <translation>V krogu kilometrov</translation>
    </message>
    <message>
        <source>Near: place or LAT,LON</source>
        <translation>Blizu: kraj ali LAT,LON</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Kot v sistemu</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Jezik vmesnika</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Jezik vmesnika:</translation>
    </message>
    <message>
        <source>&amp;Content languages:</source>
        <translation>Jeziki &amp;vsebine:</translation>
    </message>
    <message>
        <source>e.g. Maribor, or 46.55,15.65</source>
        <translation>npr. Maribor ali 46.55,15.65</translation>
    </message>
    <message>
        <source>Distances are measured from here.</source>
        <translation>Razdalje se merijo od tod.</translation>
    </message>
    <message>
        <source>Home municipality or coordinates</source>
        <translation>Domača občina ali koordinate</translation>
    </message>
    <message>
        <source>&amp;Home place:</source>
        <translation>&amp;Domači kraj:</translation>
    </message>
    <message>
        <source>Empty: Pathways never goes online</source>
        <translation>Prazno: Pathways se nikoli ne poveže s spletom</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Naslov za posodobitve</translation>
    </message>
    <message>
        <source>&amp;Update address:</source>
        <translation>Naslov za &amp;posodobitve:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Mapa s podatki</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Odpri mapo</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Mapa s podatki:</translation>
    </message>
    <message>
        <source>Languages for service texts, most preferred first. A text missing in the first language is shown in the next one.</source>
        <translation>Jeziki za besedila storitev, najprej najljubši. Besedilo, ki ga v prvem jeziku ni, se pokaže v naslednjem.</translation>
    </message>
    <message>
        <source>Check for updates at start when the directory is older than</source>
        <translation>Ob zagonu preveri posodobitve, ko je imenik starejši od</translation>
    </message>
    <message>
        <source>Days before checking at start</source>
        <translation>Dnevi do preverjanja ob zagonu</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform>dneva</numerusform>
            <numerusform>dni</numerusform>
            <numerusform>dni</numerusform>
            <numerusform>dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Set an update address first.</source>
        <translation>Najprej nastavite naslov za posodobitve.</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::TrustedPublishersDialog</name>
    <message>
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <source>Trusted publishers</source>
        <translation>Zaupanja vredni izdajatelji</translation>
    </message>
    <message>
        <source>Directory updates are installed only when they are signed with one of these keys. Before you add a key, compare its fingerprint with the coordinator, by phone or in person.</source>
        <translation>Posodobitve imenika se namestijo le, če so podpisane z enim od teh ključev. Preden dodate ključ, primerjajte njegov prstni odtis s koordinatorjem, po telefonu ali osebno.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Izdajatelj</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Prstni odtis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Add from file…</source>
        <translation>Dodaj iz datoteke …</translation>
    </message>
    <message>
        <source>Add pasted key…</source>
        <translation>Dodaj prilepljen ključ …</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Zaupati temu ključu?</translation>
    </message>
    <message>
        <source>Fingerprint: %1

Ask the coordinator to read their fingerprint to you, by phone or in person. Trust this key only if every character matches.</source>
        <translation>Prstni odtis: %1

Prosite koordinatorja, naj vam prebere svoj prstni odtis, po telefonu ali osebno. Ključu zaupajte le, če se ujema vsak znak.</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (preklican)</translation>
    </message>
    <message>
        <source>%1 (demonstration data only)</source>
        <extracomment>The built-in key that signs only the demonstration directory shipped with the program.</extracomment>
        <translation>%1 (samo predstavitveni podatki)</translation>
    </message>
    <message>
        <source>%1 (new key announced by the publisher)</source>
        <translation>%1 (nov ključ, ki ga je napovedal izdajatelj)</translation>
    </message>
    <message>
        <source>built into Pathways</source>
        <translation>vgrajen v Pathways</translation>
    </message>
    <message>
        <source>Not a key</source>
        <translation>To ni ključ</translation>
    </message>
    <message>
        <source>This is not a publisher&apos;s key: %1</source>
        <translation>To ni ključ izdajatelja: %1</translation>
    </message>
    <message>
        <source>Key not added</source>
        <translation>Ključ ni dodan</translation>
    </message>
    <message>
        <source>Publisher&apos;s key</source>
        <translation>Ključ izdajatelja</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Javni ključi (*.pub);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Datoteke %1 ni mogoče prebrati</translation>
    </message>
    <message>
        <source>Add pasted key</source>
        <translation>Dodaj prilepljen ključ</translation>
    </message>
    <message>
        <source>Paste the publisher&apos;s key (the line of letters and digits):</source>
        <translation>Prilepite ključ izdajatelja (vrstico črk in številk):</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>prilepljeno besedilo</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Odstrani ključ</translation>
    </message>
    <message>
        <source>Stop trusting %1? Updates signed with this key will be refused.</source>
        <translation>Prenehati zaupati ključu %1? Posodobitve, podpisane z njim, bodo zavrnjene.</translation>
    </message>
    <message>
        <source>Key not removed</source>
        <translation>Ključ ni odstranjen</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::UpdateActions</name>
    <message>
        <source>Update directory</source>
        <translation>Posodobi imenik</translation>
    </message>
    <message>
        <source>Pathways directory (*.pathways)</source>
        <translation>Imenik Pathways (*.pathways)</translation>
    </message>
    <message>
        <source>&amp;Update directory…</source>
        <translation>&amp;Posodobi imenik…</translation>
    </message>
    <message>
        <source>&amp;Share directory…</source>
        <translation>&amp;Deli imenik…</translation>
    </message>
    <message>
        <source>Trusted publishers…</source>
        <translation>Zaupanja vredni izdajatelji …</translation>
    </message>
    <message>
        <source>&amp;Check online</source>
        <translation>Preveri na &amp;spletu</translation>
    </message>
    <message>
        <source>An update is already running.</source>
        <translation>Posodobitev že poteka.</translation>
    </message>
    <message>
        <source>Directory updated: %1, version %2</source>
        <translation>Imenik posodobljen: %1, različica %2</translation>
    </message>
    <message>
        <source>Share directory</source>
        <translation>Deli imenik</translation>
    </message>
    <message>
        <source>Saved %1: a colleague can open it with Update directory.</source>
        <translation>Shranjeno: %1. Sodelavec lahko datoteko odpre z ukazom »Posodobi imenik«.</translation>
    </message>
    <message>
        <source>Could not share the directory: %1</source>
        <translation>Imenika ni bilo mogoče deliti: %1</translation>
    </message>
    <message>
        <source>&amp;Restore previous version…</source>
        <translation>&amp;Obnovi prejšnjo različico …</translation>
    </message>
    <message>
        <source>Install again the directory you had before the last update.</source>
        <translation>Znova namesti imenik, ki ste ga imeli pred zadnjo posodobitvijo.</translation>
    </message>
    <message>
        <source>No previous version is kept yet: one is kept from the next update on.</source>
        <translation>Prejšnja različica še ni shranjena: shrani se ob naslednji posodobitvi.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Preverjanje datoteke %1 …</translation>
    </message>
    <message>
        <source>Nothing is changed until you choose Install.</source>
        <translation>Nič se ne spremeni, dokler ne izberete »Namesti«.</translation>
    </message>
    <message>
        <source>Restoring the previous version…</source>
        <translation>Obnavljanje prejšnje različice …</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Nameščanje …</translation>
    </message>
    <message>
        <source>Downloading the directory…</source>
        <translation>Prenašanje imenika …</translation>
    </message>
    <message>
        <source>Comparing with the previous version…</source>
        <translation>Primerjanje s prejšnjo različico …</translation>
    </message>
    <message>
        <source>Previous version restored: %1, version %2</source>
        <translation>Prejšnja različica obnovljena: %1, različica %2</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::UpdateChangesView</name>
    <message>
        <source>Changes</source>
        <translation>Spremembe</translation>
    </message>
    <message numerus="yes">
        <source>Added: %Ln service(s)</source>
        <translation>
            <numerusform>Dodano: %Ln storitev</numerusform>
            <numerusform>Dodano: %Ln storitvi</numerusform>
            <numerusform>Dodano: %Ln storitve</numerusform>
            <numerusform>Dodano: %Ln storitev</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %Ln service(s)</source>
        <translation>
            <numerusform>Spremenjeno: %Ln storitev</numerusform>
            <numerusform>Spremenjeno: %Ln storitvi</numerusform>
            <numerusform>Spremenjeno: %Ln storitve</numerusform>
            <numerusform>Spremenjeno: %Ln storitev</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %Ln service(s)</source>
        <translation>
            <numerusform>Odstranjeno: %Ln storitev</numerusform>
            <numerusform>Odstranjeno: %Ln storitvi</numerusform>
            <numerusform>Odstranjeno: %Ln storitve</numerusform>
            <numerusform>Odstranjeno: %Ln storitev</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Spletna stran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Delovni čas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jeziki</translation>
    </message>
    <message>
        <source>Area served</source>
        <translation>Območje</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Stroški</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Dokumenti, ki jih prinesete</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktna oseba</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokacije</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ni)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokacija</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Ime lokacije</translation>
    </message>
    <message>
        <source>Location description</source>
        <translation>Opis lokacije</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Dostopnost</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>About the organisation</source>
        <translation>O organizaciji</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorije</translation>
    </message>
</context>
<context>
    <name>pathways::desktop::UpdateDialog</name>
    <message>
        <source>Update directory</source>
        <translation>Posodobitev imenika</translation>
    </message>
    <message>
        <source>Update result</source>
        <translation>Rezultat posodobitve</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>Potek posodobitve</translation>
    </message>
    <message>
        <source>Nothing was changed: your directory and your notes are as they were.</source>
        <translation>Nič ni bilo spremenjeno: vaš imenik in vaše opombe so ostali, kot so bili.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Opozorilo: %1</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Namesti</translation>
    </message>
    <message>
        <source>Trusted publishers…</source>
        <translation>Zaupanja vredni izdajatelji …</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Izdajatelj:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Prstni odtis ključa:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Različica:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Ustvarjeno:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Poteče:</translation>
    </message>
    <message>
        <source>Publisher (as the file says):</source>
        <extracomment>Shown when the file&apos;s publisher is not yet trusted: the name is only what the file says.</extracomment>
        <translation>Izdajatelj (kot navaja datoteka):</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Directory versions: the one installed now, then the one in the file.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2) → %3</source>
        <translation>%1 (%2) → %3</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (potekel)</translation>
    </message>
    <message>
        <source>This directory is past its expiry date: some contact details may be out of date. It can still be installed; ask the publisher for a newer one.</source>
        <translation>Ta imenik je potekel: nekateri kontaktni podatki so morda zastareli. Še vedno ga lahko namestite; prosite izdajatelja za novejšega.</translation>
    </message>
    <message>
        <source>Check what would change, then choose Install. Your notes and favourites are kept.</source>
        <translation>Preverite, kaj bi se spremenilo, nato izberite »Namesti«. Vaše opombe in priljubljeni ostanejo.</translation>
    </message>
    <message>
        <source>Go back to the previous version?</source>
        <translation>Se vrniti na prejšnjo različico?</translation>
    </message>
    <message>
        <source>The directory you had before the last update is installed again. Your notes and favourites are kept.</source>
        <translation>Znova se namesti imenik, ki ste ga imeli pred zadnjo posodobitvijo. Vaše opombe in priljubljeni ostanejo.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovi</translation>
    </message>
    <message>
        <source>Your notes and favourites are kept.</source>
        <translation>Vaše opombe in priljubljeni ostanejo.</translation>
    </message>
    <message>
        <source>For support: %1</source>
        <translation>Za podporo: %1</translation>
    </message>
    <message>
        <source>Downloaded from:</source>
        <translation>Preneseno z:</translation>
    </message>
</context>
</TS>
