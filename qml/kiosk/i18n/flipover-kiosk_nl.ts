<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CardActionsBar</name>
    <message>
        <location filename="../CardActionsBar.qml" line="31"/>
        <source>Merge “%1” into which card? Pick it.</source>
        <translation>Met welke kaart wordt “%1” samengevoegd? Kies die kaart.</translation>
    </message>
    <message>
        <location filename="../CardActionsBar.qml" line="32"/>
        <source>Selected: “%1”</source>
        <translation>Gekozen: “%1”</translation>
    </message>
    <message>
        <location filename="../CardActionsBar.qml" line="45"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../CardActionsBar.qml" line="52"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../CardActionsBar.qml" line="60"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../CardActionsBar.qml" line="68"/>
        <source>Merge here</source>
        <translation>Hierbij voegen</translation>
    </message>
    <message>
        <location filename="../CardActionsBar.qml" line="76"/>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <location filename="../CardActionsBar.qml" line="84"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../CardActionsBar.qml" line="90"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../CardActionsBar.qml" line="90"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>CardBoard</name>
    <message>
        <location filename="../CardBoard.qml" line="220"/>
        <source>No considerations yet. Write them on your phone or tablet: each one appears here on the flipover.</source>
        <translation>Nog geen overwegingen. Schrijf ze op je telefoon of tablet: elke overweging komt hier op de flipover.</translation>
    </message>
    <message numerus="yes">
        <location filename="../CardBoard.qml" line="222"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../CardBoard.qml" line="224"/>
        <source>%n solution(s) handed in to the facilitator</source>
        <translation>
            <numerusform>%n oplossing ingeleverd bij de begeleider</numerusform>
            <numerusform>%n oplossingen ingeleverd bij de begeleider</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../CardDelegate.qml" line="141"/>
        <source>+ merged: %1</source>
        <translation>+ samengevoegd: %1</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../CardEditor.qml" line="73"/>
        <source>A card for the room</source>
        <translation>Een kaart voor de zaal</translation>
    </message>
    <message>
        <location filename="../CardEditor.qml" line="73"/>
        <source>Edit the card</source>
        <translation>De kaart bewerken</translation>
    </message>
    <message>
        <location filename="../CardEditor.qml" line="81"/>
        <source>Consideration</source>
        <translation>Overweging</translation>
    </message>
    <message>
        <location filename="../CardEditor.qml" line="109"/>
        <source>Direction (may stay empty)</source>
        <translation>Richting (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../CardEditor.qml" line="142"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../CardEditor.qml" line="147"/>
        <source>Add to the wall</source>
        <translation>Op de wand zetten</translation>
    </message>
    <message>
        <location filename="../CardEditor.qml" line="147"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
</context>
<context>
    <name>CardFocus</name>
    <message>
        <location filename="../CardFocus.qml" line="81"/>
        <source>Tap to go back to the board</source>
        <translation>Tik om terug te gaan naar het bord</translation>
    </message>
</context>
<context>
    <name>CardPages</name>
    <message>
        <location filename="../CardPages.qml" line="60"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../CasePanel.qml" line="84"/>
        <source>The case</source>
        <translation>De casus</translation>
    </message>
    <message>
        <location filename="../CasePanel.qml" line="100"/>
        <source>No case yet. The person bringing the case, or the facilitator, writes it on a phone or tablet.</source>
        <translation>Nog geen casus. De casusinbrenger of de begeleider schrijft hem op een telefoon of tablet.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../ConfirmDialog.qml" line="12"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ConfirmDialog.qml" line="64"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../ControlBar.qml" line="73"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="94"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="113"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="131"/>
        <source>Next phase</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="131"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="79"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="79"/>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="119"/>
        <source>Close vote</source>
        <translation>Sluit stemming</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="119"/>
        <source>Open vote</source>
        <translation>Open stemming</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="125"/>
        <source>Hide results</source>
        <translation>Verberg uitslag</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="125"/>
        <source>Show results</source>
        <translation>Toon uitslag</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="141"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="146"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="154"/>
        <source>New meeting…</source>
        <translation>Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../ControlBar.qml" line="176"/>
        <source>End meeting</source>
        <translation>Afronden</translation>
    </message>
</context>
<context>
    <name>EndSummary</name>
    <message>
        <location filename="../EndSummary.qml" line="105"/>
        <source>Preferences of the group</source>
        <translation>Voorkeuren van de groep</translation>
    </message>
    <message>
        <location filename="../EndSummary.qml" line="105"/>
        <source>Considerations</source>
        <translation>Overwegingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../EndSummary.qml" line="114"/>
        <location filename="../EndSummary.qml" line="116"/>
        <source>%n card(s) on the flipover</source>
        <translation>
            <numerusform>%n kaart op de flipover</numerusform>
            <numerusform>%n kaarten op de flipover</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../EndSummary.qml" line="115"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n stembiljet</numerusform>
            <numerusform>%n stembiljetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../EndSummary.qml" line="146"/>
        <source>+ %n more card(s)</source>
        <translation>
            <numerusform>+ nog %n kaart</numerusform>
            <numerusform>+ nog %n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../EndSummary.qml" line="170"/>
        <source>The phases</source>
        <translation>De fases</translation>
    </message>
    <message>
        <location filename="../EndSummary.qml" line="40"/>
        <source>Planned minutes, including changes during the meeting</source>
        <translation>Geplande minuten, met de wijzigingen tijdens de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../EndSummary.qml" line="47"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../EndSummary.qml" line="47"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../EndSummary.qml" line="50"/>
        <source>%n question(s) asked</source>
        <translation>
            <numerusform>%n vraag gesteld</numerusform>
            <numerusform>%n vragen gesteld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../EndSummary.qml" line="51"/>
        <source>%n answered</source>
        <translation>
            <numerusform>%n beantwoord</numerusform>
            <numerusform>%n beantwoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../EndSummary.qml" line="52"/>
        <source>%n insight(s) shared</source>
        <translation>
            <numerusform>%n inzicht gedeeld</numerusform>
            <numerusform>%n inzichten gedeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../EndSummary.qml" line="53"/>
        <source>%n tip(s) and top(s)</source>
        <translation>
            <numerusform>%n tip of top</numerusform>
            <numerusform>%n tips en tops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../EndSummary.qml" line="55"/>
        <source>What we take away</source>
        <translation>Wat we meenemen</translation>
    </message>
    <message>
        <location filename="../EndSummary.qml" line="154"/>
        <source>Thank you all for taking part.</source>
        <translation>Bedankt allemaal voor jullie inbreng.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ExportDialog.qml" line="47"/>
        <source>Where should the outcome go?</source>
        <translation>Waar moet de uitkomst heen?</translation>
    </message>
    <message>
        <location filename="../ExportDialog.qml" line="74"/>
        <source>Export the outcome</source>
        <translation>De uitkomst exporteren</translation>
    </message>
    <message>
        <location filename="../ExportDialog.qml" line="82"/>
        <source>Markdown, CSV and PDF of the considerations, tallies, approach, insights and tips. Never who wrote what, first thoughts or ballots.</source>
        <translation>Markdown, CSV en PDF van de overwegingen, turven, aanpak, inzichten en tips. Nooit wie wat schreef, eerste gedachten of stembiljetten.</translation>
    </message>
    <message>
        <location filename="../ExportDialog.qml" line="89"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../ExportDialog.qml" line="108"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../ExportDialog.qml" line="116"/>
        <source>Include the case text</source>
        <translation>Casustekst meenemen</translation>
    </message>
    <message>
        <location filename="../ExportDialog.qml" line="129"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ExportDialog.qml" line="134"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>FormatErrorPanel</name>
    <message>
        <location filename="../FormatErrorPanel.qml" line="35"/>
        <source>%1 cannot be used</source>
        <translation>%1 kan niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../FormatErrorPanel.qml" line="36"/>
        <source>The new meeting could not start</source>
        <translation>De nieuwe bijeenkomst kon niet starten</translation>
    </message>
    <message>
        <location filename="../FormatErrorPanel.qml" line="46"/>
        <source>Line %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../FormatErrorPanel.qml" line="47"/>
        <source>field %1</source>
        <translation>veld %1</translation>
    </message>
    <message>
        <location filename="../FormatErrorPanel.qml" line="66"/>
        <source>Nothing has changed: the current meeting goes on.</source>
        <translation>Er is niets veranderd: de huidige bijeenkomst gaat door.</translation>
    </message>
</context>
<context>
    <name>FormatLoader</name>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="37"/>
        <source>capPerCard (%1) must not be more than dots (%2); 0 means no cap</source>
        <translation>capPerCard (%1) mag niet meer zijn dan dots (%2); 0 betekent geen maximum</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="50"/>
        <source>must not be more than max (%1)</source>
        <translation>mag niet meer zijn dan max (%1)</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="77"/>
        <source>duplicate tag id %1</source>
        <translation>label-id %1 komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="117"/>
        <source>unknown activity %1; expected one of: %2</source>
        <translation>onbekende activiteit %1; verwacht een van: %2</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="120"/>
        <source>activity %1 is listed twice</source>
        <translation>activiteit %1 staat er twee keer</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="122"/>
        <source>activity &quot;tags&quot; needs a tag set: add &quot;tags&quot; to the format</source>
        <translation>activiteit &quot;tags&quot; heeft labels nodig: voeg &quot;tags&quot; toe aan de werkvorm</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="138"/>
        <source>unknown tag %1: the format defines no tags</source>
        <translation>onbekend label %1: de werkvorm heeft geen labels</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="139"/>
        <source>unknown tag %1; the format&apos;s tags are: %2</source>
        <translation>onbekend label %1; de labels van de werkvorm zijn: %2</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="142"/>
        <source>tag %1 is listed twice</source>
        <translation>label %1 staat er twee keer</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="168"/>
        <source>is required (set it to 1); is this a Flipover format file?</source>
        <translation>is verplicht (zet het op 1); is dit wel een Flipover-werkvormbestand?</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="170"/>
        <source>(not a number)</source>
        <translation>(geen getal)</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="171"/>
        <source>unsupported schema version %1; this Flipover reads version %2</source>
        <translation>schemaversie %1 wordt niet ondersteund; deze Flipover leest versie %2</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="178"/>
        <source>must be a language code such as &quot;nl&quot; or &quot;en&quot;</source>
        <translation>moet een taalcode zijn, zoals &quot;nl&quot; of &quot;en&quot;</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="204"/>
        <source>duplicate phase id %1 (also %2)</source>
        <translation>fase-id %1 komt twee keer voor (ook %2)</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="220"/>
        <source>the file is larger than 1 MiB (%1 bytes); is it really a format?</source>
        <translation>het bestand is groter dan 1 MiB (%1 bytes); is het wel een werkvorm?</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="230"/>
        <source>cannot open the file: %1</source>
        <translation>kan het bestand niet openen: %1</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="247"/>
        <source>JSON syntax error: %1</source>
        <translation>fout in de JSON-opmaak: %1</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatloader.cpp" line="250"/>
        <source>the file must hold one JSON object ({ ... })</source>
        <translation>het bestand moet één JSON-object bevatten ({ ... })</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="70"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="77"/>
        <source>must be an object ({ ... })</source>
        <translation>moet een object zijn ({ ... })</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="84"/>
        <source>unknown key; expected one of: %1</source>
        <translation>onbekende sleutel; verwacht een van: %1</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="92"/>
        <source>must be a list ([ ... ]) of %1</source>
        <translation>moet een lijst ([ ... ]) zijn van %1</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="94"/>
        <source>must hold at least one %1</source>
        <translation>moet minstens één %1 bevatten</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="106"/>
        <source>must hold the text in at least one language, such as {&quot;nl&quot;: &quot;...&quot;}</source>
        <translation>moet de tekst in minstens één taal bevatten, zoals {&quot;nl&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="110"/>
        <source>is not a language code; use lower case, such as &quot;nl&quot; or &quot;en&quot;</source>
        <translation>is geen taalcode; gebruik kleine letters, zoals &quot;nl&quot; of &quot;en&quot;</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="116"/>
        <source>must be a text, or texts by language such as {&quot;nl&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</source>
        <translation>moet een tekst zijn, of teksten per taal zoals {&quot;nl&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="119"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="138"/>
        <source>must be a text (&quot;...&quot;)</source>
        <translation>moet een tekst zijn (&quot;...&quot;)</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="147"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een heel getal zijn van %1 tot en met %2</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="155"/>
        <source>must be 1 to 64 lower-case letters, digits and hyphens, such as &quot;casus&quot;</source>
        <translation>moet 1 tot 64 kleine letters, cijfers en streepjes zijn, zoals &quot;casus&quot;</translation>
    </message>
    <message>
        <location filename="../../../shared/format/formatnode.cpp" line="168"/>
        <source>must be one of %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
</context>
<context>
    <name>GroundRules</name>
    <message>
        <location filename="../GroundRules.qml" line="52"/>
        <source>Working agreements</source>
        <translation>Werkafspraken</translation>
    </message>
    <message>
        <location filename="../GroundRules.qml" line="60"/>
        <source>meeting %1 of %2</source>
        <translation>bijeenkomst %1 van %2</translation>
    </message>
    <message>
        <location filename="../GroundRules.qml" line="63"/>
        <source>Last time (%1, %2):</source>
        <translation>Vorige keer (%1, %2):</translation>
    </message>
    <message numerus="yes">
        <location filename="../GroundRules.qml" line="64"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../GroundRules.qml" line="65"/>
        <source>%n shared insight(s)</source>
        <translation>
            <numerusform>%n gedeeld inzicht</numerusform>
            <numerusform>%n gedeelde inzichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../GroundRules.qml" line="116"/>
        <source>Meeting %1 of %2</source>
        <translation>Bijeenkomst %1 van %2</translation>
    </message>
    <message>
        <location filename="../GroundRules.qml" line="133"/>
        <source>Focus:</source>
        <translation>Accent:</translation>
    </message>
    <message>
        <location filename="../GroundRules.qml" line="202"/>
        <source>Previous meeting</source>
        <translation>Vorige bijeenkomst</translation>
    </message>
    <message>
        <location filename="../GroundRules.qml" line="209"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../GroundRules.qml" line="52"/>
        <source>Ground rules</source>
        <translation>Spelregels</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../HeaderBar.qml" line="31"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../HeaderBar.qml" line="19"/>
        <source>The meeting is finished</source>
        <translation>De bijeenkomst is afgerond</translation>
    </message>
    <message>
        <location filename="../HeaderBar.qml" line="25"/>
        <source>Meeting %1 of %2</source>
        <translation>Bijeenkomst %1 van %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../HeaderBar.qml" line="31"/>
        <source>%n phase(s) planned</source>
        <translation>
            <numerusform>%n fase gepland</numerusform>
            <numerusform>%n fases gepland</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../HeaderBar.qml" line="32"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../HeaderBar.qml" line="33"/>
        <source>Phase %1 of %2</source>
        <translation>Fase %1 van %2</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../HelpOverlay.qml" line="23"/>
        <source>Next phase (or start)</source>
        <translation>Volgende fase (of starten)</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="24"/>
        <source>Previous phase</source>
        <translation>Vorige fase</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="25"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="25"/>
        <source>Pause or resume</source>
        <translation>Pauzeren of verdergaan</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="26"/>
        <source>One minute more or less</source>
        <translation>Eén minuut erbij of eraf</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="27"/>
        <source>Open or close the vote</source>
        <translation>Stemming openen of sluiten</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="28"/>
        <source>Show or hide the results</source>
        <translation>Uitslag tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="29"/>
        <source>The plan: minutes per phase, add a phase</source>
        <translation>Het plan: minuten per fase, een fase toevoegen</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="30"/>
        <source>Last time&apos;s outcome (when there was a previous meeting)</source>
        <translation>De opbrengst van de vorige bijeenkomst (als die er is)</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="31"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="31"/>
        <source>Export the outcome (Markdown, CSV, PDF)</source>
        <translation>De uitkomst exporteren (Markdown, CSV, PDF)</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="32"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="32"/>
        <source>New meeting: the start screen</source>
        <translation>Nieuwe bijeenkomst: het startscherm</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="33"/>
        <source>PgUp / PgDn</source>
        <translation>PgUp / PgDn</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="33"/>
        <source>Previous or next page of cards</source>
        <translation>Vorige of volgende pagina met kaarten</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="34"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="34"/>
        <source>Select the next or previous card (or tap it)</source>
        <translation>Volgende of vorige kaart kiezen (of tik erop)</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="35"/>
        <source>Edit or hide the selected card</source>
        <translation>Gekozen kaart bewerken of verbergen</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="36"/>
        <source>Merge the selected card: pick the other card, then Enter</source>
        <translation>Gekozen kaart samenvoegen: kies de andere kaart, dan Enter</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="37"/>
        <source>Move the selected card earlier or later</source>
        <translation>Gekozen kaart naar voren of naar achteren</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="38"/>
        <source>Add a card for the room (what is said aloud)</source>
        <translation>Kaart voor de zaal toevoegen (wat hardop gezegd wordt)</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="39"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="39"/>
        <source>Undo the last card change</source>
        <translation>Laatste kaartwijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="40"/>
        <source>Full screen on or off</source>
        <translation>Volledig scherm aan of uit</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="41"/>
        <location filename="../HelpOverlay.qml" line="50"/>
        <source>This help</source>
        <translation>Deze hulp</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="42"/>
        <source>Close, or let go of the selected card</source>
        <translation>Sluiten, of de gekozen kaart loslaten</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="43"/>
        <source>Card editor: save; Shift+Enter a new line, Tab the other field</source>
        <translation>Kaart bewerken: opslaan; Shift+Enter een nieuwe regel, Tab het andere veld</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="46"/>
        <source>Choose a format</source>
        <translation>Een werkvorm kiezen</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="47"/>
        <source>The meeting of a series</source>
        <translation>De bijeenkomst van een reeks</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="48"/>
        <source>Open a format file</source>
        <translation>Een werkvormbestand openen</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="49"/>
        <source>Start the chosen format</source>
        <translation>De gekozen werkvorm starten</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="51"/>
        <source>Back to the wall</source>
        <translation>Terug naar de wand</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="48"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="43"/>
        <location filename="../HelpOverlay.qml" line="49"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="82"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="82"/>
        <source>Keyboard shortcuts: the start screen</source>
        <translation>Sneltoetsen: het startscherm</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="125"/>
        <source>Facilitator PIN, to steer from a tablet:</source>
        <translation>Pincode van de begeleider, om vanaf een tablet te sturen:</translation>
    </message>
    <message>
        <location filename="../HelpOverlay.qml" line="142"/>
        <source>Only for the facilitator. Press Esc or ? to close.</source>
        <translation>Alleen voor de begeleider. Druk op Esc of ? om te sluiten.</translation>
    </message>
</context>
<context>
    <name>JoinCorner</name>
    <message>
        <location filename="../JoinCorner.qml" line="80"/>
        <source>PIN:</source>
        <translation>Pincode:</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <location filename="../JoinPanel.qml" line="39"/>
        <source>Join on your phone or tablet</source>
        <translation>Doe mee op je telefoon of tablet</translation>
    </message>
    <message>
        <location filename="../JoinPanel.qml" line="70"/>
        <source>1. Scan the code, or type in your browser:</source>
        <translation>1. Scan de code, of typ in je browser:</translation>
    </message>
    <message>
        <location filename="../JoinPanel.qml" line="88"/>
        <source>2. Enter the PIN:</source>
        <translation>2. Vul de pincode in:</translation>
    </message>
    <message numerus="yes">
        <location filename="../JoinPanel.qml" line="116"/>
        <source>%n participant(s) joined</source>
        <translation>
            <numerusform>%n deelnemer is binnen</numerusform>
            <numerusform>%n deelnemers zijn binnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../JoinPanel.qml" line="117"/>
        <source>Nobody has joined yet</source>
        <translation>Nog niemand is binnen</translation>
    </message>
    <message>
        <location filename="../JoinPanel.qml" line="129"/>
        <source>Start the meeting</source>
        <translation>Bijeenkomst starten</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="43"/>
        <source>Flipover – %1</source>
        <translation>Flipover – %1</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="71"/>
        <source>The card is hidden from the wall.</source>
        <translation>De kaart is van de wand gehaald.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="71"/>
        <source>The cards are merged.</source>
        <translation>De kaarten zijn samengevoegd.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="72"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="95"/>
        <source>The outcome is saved in %1</source>
        <translation>De uitkomst staat in %1</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="217"/>
        <source>A new meeting has started: %1</source>
        <translation>Een nieuwe bijeenkomst is gestart: %1</translation>
    </message>
</context>
<context>
    <name>Overlays</name>
    <message>
        <location filename="../Overlays.qml" line="134"/>
        <source>End the meeting?</source>
        <translation>Bijeenkomst afronden?</translation>
    </message>
    <message>
        <location filename="../Overlays.qml" line="135"/>
        <source>After this nobody can add anything, and the wall shows the summary.</source>
        <translation>Daarna kan niemand meer iets toevoegen en toont de wand de samenvatting.</translation>
    </message>
    <message>
        <location filename="../Overlays.qml" line="136"/>
        <source>End meeting</source>
        <translation>Bijeenkomst afronden</translation>
    </message>
</context>
<context>
    <name>PastMeetingRow</name>
    <message>
        <location filename="../PastMeetingRow.qml" line="26"/>
        <source>en_GB</source>
        <extracomment>The locale whose month names the start screen uses for dates.</extracomment>
        <translation>nl_NL</translation>
    </message>
    <message>
        <location filename="../PastMeetingRow.qml" line="62"/>
        <source>Meeting %1 of %2</source>
        <translation>Bijeenkomst %1 van %2</translation>
    </message>
    <message>
        <location filename="../PastMeetingRow.qml" line="74"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>PhaseScreen</name>
    <message>
        <location filename="../PhaseScreen.qml" line="228"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../PhaseScreen.qml" line="257"/>
        <source>Work on your phone or tablet in this phase.</source>
        <translation>In deze fase werk je op je telefoon of tablet.</translation>
    </message>
</context>
<context>
    <name>PlanOverlay</name>
    <message>
        <location filename="../PlanOverlay.qml" line="52"/>
        <source>“%1” is added (%2 min)</source>
        <translation>“%1” is toegevoegd (%2 min)</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="54"/>
        <source>a phase is removed</source>
        <translation>er is een fase geschrapt</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="58"/>
        <source>“%1” is skipped</source>
        <translation>“%1” wordt overgeslagen</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="60"/>
        <source>“%1” is shortened to %2 min</source>
        <translation>“%1” is ingekort tot %2 min</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="62"/>
        <source>“%1” is extended to %2 min</source>
        <translation>“%1” is verlengd tot %2 min</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="66"/>
        <source>The plan has changed: %1.</source>
        <translation>Het plan is aangepast: %1.</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="120"/>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="159"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="160"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="161"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="177"/>
        <location filename="../PlanOverlay.qml" line="246"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="191"/>
        <source>Add a phase after this one</source>
        <translation>Fase toevoegen na deze</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="206"/>
        <source>New phase after phase %1: a title and its minutes</source>
        <translation>Nieuwe fase na fase %1: een titel en de minuten</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="222"/>
        <source>Title of the new phase</source>
        <translation>Titel van de nieuwe fase</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="260"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="265"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../PlanOverlay.qml" line="272"/>
        <source>Phases that are over stay as they ran.</source>
        <translation>Fases die voorbij zijn blijven zoals ze liepen.</translation>
    </message>
</context>
<context>
    <name>PostItColumn</name>
    <message>
        <location filename="../PostItColumn.qml" line="69"/>
        <source>Nothing here yet.</source>
        <translation>Hier staat nog niets.</translation>
    </message>
    <message numerus="yes">
        <location filename="../PostItColumn.qml" line="83"/>
        <source>%n post-it(s)</source>
        <translation>
            <numerusform>%n post-it</numerusform>
            <numerusform>%n post-its</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviousOutcome</name>
    <message>
        <location filename="../PreviousOutcome.qml" line="28"/>
        <source>Top: %1</source>
        <translation>Top: %1</translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="29"/>
        <source>Tip: %1</source>
        <translation>Tip: %1</translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="36"/>
        <source>meeting %1 of %2</source>
        <translation>bijeenkomst %1 van %2</translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="63"/>
        <source>Previous meeting</source>
        <translation>Vorige bijeenkomst</translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="91"/>
        <source>Cards with the most dots</source>
        <translation>Kaarten met de meeste stippen</translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="91"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="100"/>
        <source>No cards.</source>
        <translation>Geen kaarten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../PreviousOutcome.qml" line="161"/>
        <source>and %n more card(s)</source>
        <translation>
            <numerusform>en nog %n kaart</numerusform>
            <numerusform>en nog %n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="175"/>
        <source>Shared insights</source>
        <translation>Gedeelde inzichten</translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="182"/>
        <source>None shared.</source>
        <translation>Niets gedeeld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../PreviousOutcome.qml" line="199"/>
        <location filename="../PreviousOutcome.qml" line="231"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="207"/>
        <source>Tips and tops</source>
        <translation>Tips en tops</translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="214"/>
        <source>None given.</source>
        <translation>Niets gegeven.</translation>
    </message>
    <message>
        <location filename="../PreviousOutcome.qml" line="240"/>
        <source>Tap to close.</source>
        <translation>Tik om te sluiten.</translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <location filename="../PromptBanner.qml" line="34"/>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
</context>
<context>
    <name>QuestionColumn</name>
    <message>
        <location filename="../QuestionColumn.qml" line="19"/>
        <source>Clarifying questions</source>
        <translation>Verhelderingsvragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../QuestionColumn.qml" line="37"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../QuestionColumn.qml" line="38"/>
        <source>%n answered</source>
        <translation>
            <numerusform>%n beantwoord</numerusform>
            <numerusform>%n beantwoord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../QuestionColumn.qml" line="67"/>
        <source>No questions yet. Ask yours on your phone or tablet.</source>
        <translation>Nog geen vragen. Stel je vraag op je telefoon of tablet.</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <location filename="../QuestionDelegate.qml" line="38"/>
        <source>Answered:</source>
        <translation>Beantwoord:</translation>
    </message>
    <message>
        <location filename="../QuestionDelegate.qml" line="49"/>
        <source>Answer:</source>
        <translation>Antwoord:</translation>
    </message>
</context>
<context>
    <name>RankedResults</name>
    <message>
        <location filename="../RankedResults.qml" line="69"/>
        <source>Also: %1</source>
        <translation>Verder: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../RankedResults.qml" line="69"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../RankedResults.qml" line="70"/>
        <source>with %n dot(s)</source>
        <translation>
            <numerusform>met %n stip</numerusform>
            <numerusform>met %n stippen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../RankedResults.qml" line="70"/>
        <source>without dots</source>
        <translation>zonder stippen</translation>
    </message>
</context>
<context>
    <name>ReflectionBoard</name>
    <message>
        <location filename="../ReflectionBoard.qml" line="89"/>
        <source>What enriched our view</source>
        <translation>Wat ons perspectief verrijkte</translation>
    </message>
    <message>
        <location filename="../ReflectionBoard.qml" line="91"/>
        <source>Enriched</source>
        <translation>Verrijkt</translation>
    </message>
    <message>
        <location filename="../ReflectionBoard.qml" line="102"/>
        <source>What we take away</source>
        <translation>Wat we meenemen</translation>
    </message>
    <message>
        <location filename="../ReflectionBoard.qml" line="104"/>
        <source>Takeaway</source>
        <translation>Neem ik mee</translation>
    </message>
    <message>
        <location filename="../ReflectionBoard.qml" line="115"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../ReflectionBoard.qml" line="117"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../ReflectionBoard.qml" line="128"/>
        <source>Tops</source>
        <translation>Tops</translation>
    </message>
    <message>
        <location filename="../ReflectionBoard.qml" line="130"/>
        <source>Top</source>
        <translation>Top</translation>
    </message>
</context>
<context>
    <name>RemarkLine</name>
    <message>
        <location filename="../RemarkLine.qml" line="34"/>
        <source>Dreamer</source>
        <translation>Dromer</translation>
    </message>
    <message>
        <location filename="../RemarkLine.qml" line="34"/>
        <source>Critic</source>
        <translation>Criticus</translation>
    </message>
</context>
<context>
    <name>RoomAlert</name>
    <message>
        <location filename="../RoomAlert.qml" line="18"/>
        <source>The disk is full: nothing is saved any more</source>
        <translation>De schijf is vol: niets wordt meer bewaard</translation>
    </message>
    <message>
        <location filename="../RoomAlert.qml" line="19"/>
        <source>The meeting is full: nobody else can join</source>
        <translation>De bijeenkomst is vol: er kan niemand meer bij</translation>
    </message>
    <message>
        <location filename="../RoomAlert.qml" line="20"/>
        <source>The meeting is full: nothing more can be added</source>
        <translation>De bijeenkomst is vol: er kan niets meer bij</translation>
    </message>
    <message>
        <location filename="../RoomAlert.qml" line="41"/>
        <source>(tap to close)</source>
        <translation>(tik om te sluiten)</translation>
    </message>
</context>
<context>
    <name>StartFormatCard</name>
    <message>
        <location filename="../StartFormatCard.qml" line="68"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../StartFormatCard.qml" line="75"/>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <location filename="../StartFormatCard.qml" line="84"/>
        <source>From the file %1</source>
        <translation>Uit het bestand %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../StartFormatCard.qml" line="106"/>
        <source>A series of %n meeting(s)</source>
        <translation>
            <numerusform>Reeks van %n bijeenkomst</numerusform>
            <numerusform>Reeks van %n bijeenkomsten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../StartFormatCard.qml" line="124"/>
        <source>Meeting %1 of %2</source>
        <translation>Bijeenkomst %1 van %2</translation>
    </message>
</context>
<context>
    <name>StartPastMeetings</name>
    <message>
        <location filename="../StartPastMeetings.qml" line="20"/>
        <source>Past meetings</source>
        <translation>Eerdere bijeenkomsten</translation>
    </message>
    <message numerus="yes">
        <location filename="../StartPastMeetings.qml" line="28"/>
        <source>%n meeting(s) kept on this kiosk, until you delete them</source>
        <translation>
            <numerusform>%n bijeenkomst bewaard op deze kiosk, tot je hem verwijdert</numerusform>
            <numerusform>%n bijeenkomsten bewaard op deze kiosk, tot je ze verwijdert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../StartPastMeetings.qml" line="29"/>
        <source>None yet. A meeting is kept here once the next one starts.</source>
        <translation>Nog geen. Een bijeenkomst komt hier te staan zodra de volgende start.</translation>
    </message>
    <message>
        <location filename="../StartPastMeetings.qml" line="58"/>
        <source>“%1” of %2</source>
        <translation>“%1” van %2</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../StartScreen.qml" line="100"/>
        <source>The past meeting could not be deleted</source>
        <translation>De eerdere bijeenkomst kon niet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="153"/>
        <source>Open a format file</source>
        <translation>Een werkvormbestand openen</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="154"/>
        <source>Flipover formats (*.json)</source>
        <translation>Flipover-werkvormen (*.json)</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="169"/>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="238"/>
        <source>Open file…</source>
        <translation>Bestand openen…</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="243"/>
        <source>Or a format of your own, from a file (.json).</source>
        <translation>Of een eigen werkvorm, uit een bestand (.json).</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="269"/>
        <source>The current meeting ends now and is archived, not lost: it stays on this kiosk under past meetings. Tablets join the new meeting by themselves, with the same PIN.</source>
        <translation>De huidige bijeenkomst stopt nu en wordt gearchiveerd, niet gewist: je vindt hem op deze kiosk terug onder eerdere bijeenkomsten. Tablets gaan vanzelf mee naar de nieuwe bijeenkomst, met dezelfde pincode.</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="176"/>
        <source>Choose a format and start. The current meeting is archived, not lost.</source>
        <translation>Kies een werkvorm en start. De huidige bijeenkomst wordt gearchiveerd, niet gewist.</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="251"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="257"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="268"/>
        <source>Start a new meeting?</source>
        <translation>Een nieuwe bijeenkomst starten?</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="270"/>
        <source>Start new meeting</source>
        <translation>Nieuwe bijeenkomst starten</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="278"/>
        <source>Delete this past meeting?</source>
        <translation>Deze eerdere bijeenkomst verwijderen?</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="279"/>
        <source>%1 is deleted from this kiosk for good. This cannot be undone.</source>
        <translation>%1 wordt voorgoed van deze kiosk verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../StartScreen.qml" line="280"/>
        <source>Delete for good</source>
        <translation>Voorgoed verwijderen</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../StepsPanel.qml" line="119"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../StepsPanel.qml" line="121"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../StepsPanel.qml" line="122"/>
        <source>Steps %1–%2 of %3</source>
        <translation>Stappen %1–%2 van %3</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../TimerDisplay.qml" line="39"/>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="40"/>
        <source>Last 2 minutes</source>
        <translation>Laatste 2 minuten</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="41"/>
        <source>Time is up</source>
        <translation>Tijd is om</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="42"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="43"/>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="44"/>
        <source>Not started</source>
        <translation>Nog niet gestart</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="49"/>
        <source>Whole meeting</source>
        <translation>Hele bijeenkomst</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="52"/>
        <source>Planned: %1 min</source>
        <translation>Gepland: %1 min</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="58"/>
        <source>%1 min planned</source>
        <translation>%1 min gepland</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="62"/>
        <source>%1 min over in all</source>
        <translation>Totaal %1 min over tijd</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="64"/>
        <source>%1 h %2 min left in all</source>
        <translation>Totaal nog %1 u %2 min</translation>
    </message>
    <message>
        <location filename="../TimerDisplay.qml" line="65"/>
        <source>%1 min left in all</source>
        <translation>Totaal nog %1 min</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../Toast.qml" line="23"/>
        <source>The meeting has not started yet.</source>
        <translation>De bijeenkomst is nog niet begonnen.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="24"/>
        <source>The meeting has already started.</source>
        <translation>De bijeenkomst is al begonnen.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="25"/>
        <source>The meeting has ended.</source>
        <translation>De bijeenkomst is afgelopen.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="26"/>
        <source>This is the first phase; there is no previous one.</source>
        <translation>Dit is de eerste fase; er is geen vorige.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="27"/>
        <source>The timer is already paused.</source>
        <translation>De tijd staat al stil.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="28"/>
        <source>The timer is not paused.</source>
        <translation>De tijd staat niet stil.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="30"/>
        <source>This phase has no vote.</source>
        <translation>In deze fase is er geen stemming.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="31"/>
        <source>The vote is open; close it first.</source>
        <translation>De stemming is open; sluit die eerst.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="32"/>
        <source>The vote is not open.</source>
        <translation>De stemming is niet open.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="33"/>
        <source>That item no longer exists.</source>
        <translation>Dat onderdeel bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="34"/>
        <source>This is not allowed from the wall.</source>
        <translation>Dat kan niet vanaf de wand.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="36"/>
        <source>That is not possible: a phase lasts at least one minute, and a card needs a text.</source>
        <translation>Dat kan niet: een fase duurt minstens één minuut en een kaart heeft tekst nodig.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="37"/>
        <source>There is nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="38"/>
        <source>The card has changed since; nothing was undone.</source>
        <translation>De kaart is sindsdien veranderd; er is niets ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="39"/>
        <source>The card cannot move further that way.</source>
        <translation>De kaart kan niet verder die kant op.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="40"/>
        <source>That phase is over; only the current and later phases can change.</source>
        <translation>Die fase is voorbij; alleen de huidige en latere fases kunnen nog veranderen.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="41"/>
        <source>The plan is full: a meeting has at most 50 phases.</source>
        <translation>Het plan is vol: een bijeenkomst heeft hoogstens 50 fases.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="42"/>
        <source>Could not export: %1</source>
        <translation>Exporteren lukte niet: %1</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="43"/>
        <source>Could not save; nothing was changed. Check the kiosk&apos;s disk.</source>
        <translation>Opslaan lukte niet; er is niets veranderd. Controleer de schijf van de kiosk.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="49"/>
        <source>That did not work.</source>
        <translation>Dat lukte niet.</translation>
    </message>
    <message>
        <location filename="../Toast.qml" line="48"/>
        <source>The meeting is full: nothing more can be added.</source>
        <translation>De bijeenkomst is vol: er kan niets meer bij.</translation>
    </message>
</context>
<context>
    <name>VoteBanner</name>
    <message>
        <location filename="../VoteBanner.qml" line="20"/>
        <source>Voting is open</source>
        <translation>Stemming is open</translation>
    </message>
    <message>
        <location filename="../VoteBanner.qml" line="21"/>
        <source>Voting is closed</source>
        <translation>Stemming is gesloten</translation>
    </message>
    <message>
        <location filename="../VoteBanner.qml" line="22"/>
        <source>Voting has not started</source>
        <translation>Stemming is nog niet geopend</translation>
    </message>
    <message numerus="yes">
        <location filename="../VoteBanner.qml" line="27"/>
        <source>Results shown – %n ballot(s) in</source>
        <translation>
            <numerusform>Uitslag zichtbaar – %n stembiljet binnen</numerusform>
            <numerusform>Uitslag zichtbaar – %n stembiljetten binnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../VoteBanner.qml" line="29"/>
        <source>%1 of %n present have voted</source>
        <translation>
            <numerusform>%1 van %n aanwezige heeft gestemd</numerusform>
            <numerusform>%1 van %n aanwezigen hebben gestemd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../VoteBanner.qml" line="30"/>
        <source>Votes hidden – %n ballot(s) in</source>
        <translation>
            <numerusform>Stemmen verborgen – %n stembiljet binnen</numerusform>
            <numerusform>Stemmen verborgen – %n stembiljetten binnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../VoteBanner.qml" line="34"/>
        <source>One vote each</source>
        <translation>Ieder één stem</translation>
    </message>
    <message>
        <location filename="../VoteBanner.qml" line="36"/>
        <source>Spread %1 dots, at most %2 per card</source>
        <translation>Verdeel %1 stippen, hoogstens %2 per kaart</translation>
    </message>
    <message>
        <location filename="../VoteBanner.qml" line="37"/>
        <source>Spread %1 dots over the cards</source>
        <translation>Verdeel %1 stippen over de kaarten</translation>
    </message>
</context>
</TS>
