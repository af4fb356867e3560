<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BigSwitch</name>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>A consideration for the flipover</source>
        <translation>Een overweging voor de flipover</translation>
    </message>
    <message>
        <source>Each consideration becomes a card on the wall, without your name.</source>
        <translation>Elke overweging wordt een kaart op de wand, zonder je naam.</translation>
    </message>
    <message>
        <source>Direction, in a few words</source>
        <translation>Richting, in een paar woorden</translation>
    </message>
    <message>
        <source>e.g. Work first</source>
        <translation>bijv. Eerst werk</translation>
    </message>
    <message>
        <source>Your consideration</source>
        <translation>Je overweging</translation>
    </message>
    <message>
        <source>What would you do, and why?</source>
        <translation>Wat zou jij doen, en waarom?</translation>
    </message>
    <message>
        <source>Put it on the flipover</source>
        <translation>Op de flipover zetten</translation>
    </message>
    <message>
        <source>Your card is on the wall.</source>
        <translation>Je kaart staat op de wand.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on the flipover so far.</source>
        <translation>
            <numerusform>Er staat nu %n kaart op de flipover.</numerusform>
            <numerusform>Er staan nu %n kaarten op de flipover.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPicker</name>
    <message>
        <source>There are no cards on the flipover yet.</source>
        <translation>Er staan nog geen kaarten op de flipover.</translation>
    </message>
</context>
<context>
    <name>CardTile</name>
    <message numerus="yes">
        <source>%n remark(s)</source>
        <translation>
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>The case</source>
        <translation>De casus</translation>
    </message>
    <message>
        <source>Read along while the case is read out.</source>
        <translation>Lees mee terwijl de casus wordt voorgelezen.</translation>
    </message>
    <message>
        <source>The case appears here as soon as it is on the wall.</source>
        <translation>De casus komt hier zodra hij op de wand staat.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection lost – your input is kept and sent later.</source>
        <translation>Verbinding kwijt – je invoer wordt bewaard en later verstuurd.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n wacht op verzending.</numerusform>
            <numerusform>%n wachten op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Opnieuw verbinden</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message numerus="yes">
        <source>Connected · %n taking part</source>
        <translation>
            <numerusform>Verbonden · %n doet mee</numerusform>
            <numerusform>Verbonden · %n doen mee</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
</context>
<context>
    <name>DotsLeft</name>
    <message>
        <source>%1 of your %2 dots left.</source>
        <translation>Nog %1 van je %2 stippen over.</translation>
    </message>
    <message>
        <source>At most %1 per card.</source>
        <translation>Hooguit %1 per kaart.</translation>
    </message>
    <message>
        <source>All your %1 dots are placed.</source>
        <translation>Al je %1 stippen zijn verdeeld.</translation>
    </message>
</context>
<context>
    <name>EndBody</name>
    <message>
        <source>Thank you for taking part!</source>
        <translation>Bedankt voor je deelname!</translation>
    </message>
    <message>
        <source>The facilitator shares the outcome. The wall shows it for now.</source>
        <translation>De begeleider deelt de uitkomsten. Voor nu staan ze op de wand.</translation>
    </message>
    <message>
        <source>Is this a shared tablet? Then leave the meeting, so that the next person finds nothing of yours on it.</source>
        <translation>Is dit een gedeelde tablet? Verlaat dan de bijeenkomst, zodat de volgende niets van jou terugvindt.</translation>
    </message>
    <message>
        <source>Leave and wipe this tablet</source>
        <translation>Verlaten en tablet wissen</translation>
    </message>
    <message>
        <source>Together you gathered: %1, %2 and %3.</source>
        <translation>Samen hebben jullie opgehaald: %1, %2 en %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s) and top(s)</source>
        <translation>
            <numerusform>%n tip of top</numerusform>
            <numerusform>%n tips en tops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This PIN is not right. Check the PIN on the wall and try again.</source>
        <translation>Deze pincode klopt niet. Kijk nog eens op de wand en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The facilitator PIN is not right.</source>
        <translation>De pincode van de begeleider klopt niet.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait a minute and try again.</source>
        <translation>Te veel verkeerde pogingen. Wacht een minuut en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>This meeting has already ended.</source>
        <translation>Deze bijeenkomst is al afgelopen.</translation>
    </message>
    <message>
        <source>This app is too old or too new for this wall. Ask the facilitator.</source>
        <translation>Deze app past niet bij deze wand (te oud of te nieuw). Vraag het de begeleider.</translation>
    </message>
    <message>
        <source>That is not possible in this phase any more. Nothing was lost: your text is still here.</source>
        <translation>Dat kan in deze fase niet meer. Er is niets verloren: je tekst staat er nog.</translation>
    </message>
    <message>
        <source>The vote is not open, so this was not counted.</source>
        <translation>De stemming is niet open, dus dit is niet meegeteld.</translation>
    </message>
    <message>
        <source>Not possible while the vote is open.</source>
        <translation>Dat kan niet zolang de stemming open is.</translation>
    </message>
    <message>
        <source>You placed more dots than you have.</source>
        <translation>Je hebt meer stippen gezet dan je hebt.</translation>
    </message>
    <message>
        <source>Too many dots on one card.</source>
        <translation>Te veel stippen op één kaart.</translation>
    </message>
    <message>
        <source>That item is no longer on the wall.</source>
        <translation>Dit staat niet meer op de wand.</translation>
    </message>
    <message>
        <source>The card cannot move further that way.</source>
        <translation>De kaart kan niet verder die kant op.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>The card has changed since; nothing was undone.</source>
        <translation>De kaart is sindsdien veranderd; er is niets ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>Dat mag je niet doen.</translation>
    </message>
    <message>
        <source>Someone else has already brought in the case.</source>
        <translation>Iemand anders heeft de casus al ingebracht.</translation>
    </message>
    <message>
        <source>The meeting has not started yet.</source>
        <translation>De bijeenkomst is nog niet begonnen.</translation>
    </message>
    <message>
        <source>This meeting is full: no more participants can join.</source>
        <translation>Deze bijeenkomst is vol: er kan niemand meer bij.</translation>
    </message>
    <message>
        <source>This meeting is full: nothing more can be added.</source>
        <translation>Deze bijeenkomst is vol: er kan niets meer bij.</translation>
    </message>
    <message>
        <source>The meeting has already started.</source>
        <translation>De bijeenkomst is al begonnen.</translation>
    </message>
    <message>
        <source>This is the first phase.</source>
        <translation>Dit is de eerste fase.</translation>
    </message>
    <message>
        <source>The timer is already paused.</source>
        <translation>De tijd staat al stil.</translation>
    </message>
    <message>
        <source>The timer is not paused.</source>
        <translation>De tijd staat niet stil.</translation>
    </message>
    <message>
        <source>The wall could not save this. Please try again.</source>
        <translation>De wand kon dit niet opslaan. Probeer het nog een keer.</translation>
    </message>
    <message>
        <source>This could not be accepted. Check the text and try again.</source>
        <translation>Dit kon niet worden aangenomen. Kijk de tekst na en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This did not work (%1). Please try again.</source>
        <translation>Dit lukte niet (%1). Probeer het nog een keer.</translation>
    </message>
    <message>
        <source>This is not the wall of the join link: its security certificate differs. Nothing was sent. Ask the facilitator.</source>
        <translation>Dit is niet de wand van dit adres: het beveiligingscertificaat klopt niet. Er is niets verstuurd. Vraag het de begeleider.</translation>
    </message>
    <message>
        <source>Too many messages at once. The tablet reconnects by itself; nothing is lost.</source>
        <translation>Te veel berichten tegelijk. De tablet maakt zelf opnieuw verbinding; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>A new meeting started on the wall before this arrived, so it was not sent into it.</source>
        <translation>Op de wand is een nieuwe bijeenkomst begonnen voordat dit aankwam. Het is daarom niet verstuurd.</translation>
    </message>
</context>
<context>
    <name>ExportOutcomeDialog</name>
    <message>
        <source>The kiosk is saving the outcome…</source>
        <translation>De wand slaat de uitkomst op…</translation>
    </message>
    <message>
        <source>Kept on this tablet. It will be sent as soon as the connection is back.</source>
        <translation>Bewaard op deze tablet. Het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Saved on the kiosk in %1: %2</source>
        <translation>Opgeslagen op de computer van de wand, in %1: %2</translation>
    </message>
    <message>
        <source>Export the outcome</source>
        <translation>Uitkomst exporteren</translation>
    </message>
    <message>
        <source>The kiosk saves what the group made together, without names: a text file, a PDF and two spreadsheet files (CSV). Of the case only its title, unless you include the case text.</source>
        <translation>De wand slaat op wat de groep samen heeft gemaakt, zonder namen: een tekstbestand, een pdf en twee spreadsheetbestanden (csv). Van de casus alleen de titel, tenzij je de casustekst meeneemt.</translation>
    </message>
    <message>
        <source>With the case text</source>
        <translation>Met casustekst</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The kiosk could not save the outcome: %1</source>
        <translation>De wand kon de uitkomst niet opslaan: %1</translation>
    </message>
</context>
<context>
    <name>FacilitatorBar</name>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gedaan.</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Vijf minuten erbij</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Een minuut erbij</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Een minuut eraf</translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>Knoppen tonen</translation>
    </message>
    <message>
        <source>Fold away</source>
        <translation>Inklappen</translation>
    </message>
    <message>
        <source>Show the facilitator&apos;s controls</source>
        <translation>De knoppen van de begeleider tonen</translation>
    </message>
    <message>
        <source>Fold the facilitator&apos;s controls away</source>
        <translation>De knoppen van de begeleider inklappen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End meeting</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Sluit stemming</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Open stemming</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Verberg uitslag</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Toon uitslag</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Vorige fase</translation>
    </message>
</context>
<context>
    <name>FacilitatorCardRow</name>
    <message>
        <source>The consideration</source>
        <translation>De overweging</translation>
    </message>
    <message>
        <source>Its direction, in a few words</source>
        <translation>De richting, in een paar woorden</translation>
    </message>
    <message>
        <source>%1 (hidden from the wall)</source>
        <translation>%1 (verborgen op de wand)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Merge here</source>
        <translation>Hier samenvoegen</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Omhoog</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog schuiven</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Omlaag</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag schuiven</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Weer tonen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <source>Cancel merging</source>
        <translation>Niet samenvoegen</translation>
    </message>
    <message>
        <source>Merged in: %1</source>
        <translation>Samengevoegd: %1</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Samenvoegen ongedaan maken</translation>
    </message>
    <message>
        <source>Back to all cards</source>
        <translation>Terug naar alle kaarten</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>Groot op de wand</translation>
    </message>
</context>
<context>
    <name>FacilitatorCards</name>
    <message>
        <source>Cards (facilitator)</source>
        <translation>Kaarten (begeleider)</translation>
    </message>
    <message>
        <source>Tap “Merge here” on the card it should join.</source>
        <translation>Tik op “Hier samenvoegen” bij de kaart waar hij bij moet.</translation>
    </message>
    <message>
        <source>Only you see these controls. Hidden cards stay here, the wall leaves them out.</source>
        <translation>Alleen jij ziet deze knoppen. Verborgen kaarten blijven hier staan; de wand laat ze weg.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gedaan.</translation>
    </message>
    <message>
        <source>Last change: “%1” hidden from the wall</source>
        <translation>Laatste wijziging: “%1” verborgen op de wand</translation>
    </message>
    <message>
        <source>Last change: “%1” shown again</source>
        <translation>Laatste wijziging: “%1” weer getoond</translation>
    </message>
    <message>
        <source>Last change: “%1” merged</source>
        <translation>Laatste wijziging: “%1” samengevoegd</translation>
    </message>
    <message>
        <source>Last change: “%1” split off</source>
        <translation>Laatste wijziging: “%1” losgemaakt</translation>
    </message>
    <message>
        <source>Last change: “%1” edited</source>
        <translation>Laatste wijziging: “%1” bewerkt</translation>
    </message>
    <message>
        <source>Last change: “%1” moved</source>
        <translation>Laatste wijziging: “%1” verplaatst</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Full screen on the wall: “%1”</source>
        <translation>Groot op de wand: “%1”</translation>
    </message>
    <message>
        <source>Back to all cards</source>
        <translation>Terug naar alle kaarten</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <source>Sent. It appears on the wall without your name.</source>
        <translation>Verstuurd. Het komt zonder je naam op de wand.</translation>
    </message>
    <message>
        <source>Sent. Only the facilitator sees it, without your name.</source>
        <translation>Verstuurd. Alleen de begeleider ziet het, zonder je naam.</translation>
    </message>
    <message>
        <source>New insights</source>
        <translation>Nieuwe inzichten</translation>
    </message>
    <message>
        <source>Look back at your first thoughts, then write down what you take away from this meeting.</source>
        <translation>Kijk terug naar je eerste gedachten en schrijf dan op wat je meeneemt uit deze bijeenkomst.</translation>
    </message>
    <message>
        <source>Your first thoughts</source>
        <translation>Je eerste gedachten</translation>
    </message>
    <message>
        <source>Only you see these.</source>
        <translation>Alleen jij ziet deze.</translation>
    </message>
    <message>
        <source>You did not write down any first thoughts.</source>
        <translation>Je hebt geen eerste gedachten opgeschreven.</translation>
    </message>
    <message>
        <source>What has enriched your view?</source>
        <translation>Wat heeft je perspectief verrijkt?</translation>
    </message>
    <message>
        <source>Which insights do you take away?</source>
        <translation>Met welke inzichten ga je weg?</translation>
    </message>
    <message>
        <source>Show on the wall, without my name</source>
        <translation>Op de wand tonen, zonder mijn naam</translation>
    </message>
    <message>
        <source>Everyone in the room can read it on the wall.</source>
        <translation>Iedereen in de zaal kan het op de wand lezen.</translation>
    </message>
    <message>
        <source>Off: only the facilitator sees it, without your name.</source>
        <translation>Uit: alleen de begeleider ziet het, zonder je naam.</translation>
    </message>
    <message>
        <source>Send my insights</source>
        <translation>Mijn inzichten versturen</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>This address does not look right. It is shown on the wall, for example 192.168.1.20:7700.</source>
        <translation>Dit adres klopt niet. Het staat op de wand, bijvoorbeeld 192.168.1.20:7700.</translation>
    </message>
    <message>
        <source>The wall does not answer yet. Is the address right, and is this tablet on the same Wi-Fi as the wall?</source>
        <translation>De wand antwoordt nog niet. Klopt het adres, en zit deze tablet op hetzelfde wifi-netwerk als de wand?</translation>
    </message>
    <message>
        <source>Join the meeting</source>
        <translation>Doe mee met de bijeenkomst</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>I am the facilitator</source>
        <translation>Ik ben de begeleider</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Pincode van de begeleider</translation>
    </message>
    <message>
        <source>You take part without your name. When you leave, this tablet forgets the meeting.</source>
        <translation>Je doet mee zonder je naam. Als je weggaat, vergeet deze tablet de bijeenkomst.</translation>
    </message>
    <message>
        <source>the PIN from the wall</source>
        <translation>de pincode van de wand</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>De wand</translation>
    </message>
    <message>
        <source>Choose the wall, type the PIN shown on it, then tap Join.</source>
        <translation>Kies de wand, typ de pincode die erop staat en tik op Meedoen.</translation>
    </message>
    <message>
        <source>Type another address</source>
        <translation>Ander adres typen</translation>
    </message>
    <message>
        <source>the address on the wall, e.g. 192.168.1.20:7700</source>
        <translation>het adres op de wand, bijv. 192.168.1.20:7700</translation>
    </message>
    <message>
        <source>This tablet goes round: pass it on after each person</source>
        <translation>Deze tablet gaat rond: na iedere deelnemer doorgeven</translation>
    </message>
</context>
<context>
    <name>JoinStatus</name>
    <message>
        <source>Join</source>
        <translation>Meedoen</translation>
    </message>
    <message>
        <source>Connecting to the wall…</source>
        <translation>Verbinden met de wand…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>KioskList</name>
    <message>
        <source>Looking for the wall on this Wi-Fi…</source>
        <translation>Zoeken naar de wand op deze wifi…</translation>
    </message>
    <message>
        <source>This tablet cannot look for walls on the network; type the address below.</source>
        <translation>Deze tablet kan niet zoeken naar wanden op het netwerk; typ hieronder het adres.</translation>
    </message>
    <message>
        <source>Meeting without a name</source>
        <translation>Bijeenkomst zonder naam</translation>
    </message>
    <message>
        <source>Wall at %1</source>
        <translation>Wand op %1</translation>
    </message>
    <message>
        <source>Hide addresses</source>
        <translation>Adressen verbergen</translation>
    </message>
    <message>
        <source>Show addresses</source>
        <translation>Adressen tonen</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Leave the meeting on this tablet?</source>
        <translation>De bijeenkomst op deze tablet verlaten?</translation>
    </message>
    <message>
        <source>Yes, leave and wipe</source>
        <translation>Ja, verlaten en wissen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Blijven</translation>
    </message>
    <message>
        <source>This tablet then forgets everything about this meeting: what you typed but did not send, and your first thoughts. Your first thoughts are also removed from the wall&apos;s computer.</source>
        <translation>Deze tablet vergeet dan alles over deze bijeenkomst: wat je hebt getypt maar niet verstuurd, en je eerste gedachten. Je eerste gedachten worden ook van de computer van de wand gewist.</translation>
    </message>
    <message>
        <source>What you already shared stays on the wall, without your name. Your vote still counts, but you can no longer change it.</source>
        <translation>Wat je al hebt gedeeld, blijft zonder je naam op de wand staan. Je stem telt mee, maar je kunt hem niet meer wijzigen.</translation>
    </message>
    <message>
        <source>Done? Pass the tablet on?</source>
        <translation>Klaar? Tablet doorgeven?</translation>
    </message>
    <message>
        <source>This tablet then forgets everything you did here: what you typed but did not send, and your first thoughts. The next person starts afresh and sees nothing of yours.</source>
        <translation>Deze tablet vergeet dan alles wat je hier deed: wat je typte maar niet verstuurde, en je eerste gedachten. De volgende persoon begint opnieuw en ziet niets van jou.</translation>
    </message>
    <message>
        <source>Yes, pass it on</source>
        <translation>Ja, geef door</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Flipover – take part</source>
        <translation>Flipover – meedoen</translation>
    </message>
</context>
<context>
    <name>PassBar</name>
    <message>
        <source>Still sending what you wrote; pass the tablet on in a moment.</source>
        <translation>Wat je schreef wordt nog verstuurd; geef de tablet zo door.</translation>
    </message>
    <message>
        <source>Finished? Pass the tablet on to the next person.</source>
        <translation>Klaar? Geef de tablet door aan de volgende persoon.</translation>
    </message>
    <message>
        <source>Done, pass it on</source>
        <translation>Klaar, geef door</translation>
    </message>
</context>
<context>
    <name>PassScreen</name>
    <message>
        <source>This tablet is passed around</source>
        <translation>Deze tablet gaat rond</translation>
    </message>
    <message>
        <source>Is it your turn? Tap the button to take part. You take part without your name, and nobody before or after you sees what you write here.</source>
        <translation>Ben jij aan de beurt? Tik op de knop om mee te doen. Je doet mee zonder je naam, en niemand voor of na jou ziet wat je hier schrijft.</translation>
    </message>
    <message>
        <source>Connecting to the wall…</source>
        <translation>Verbinden met de wand…</translation>
    </message>
    <message>
        <source>It&apos;s my turn: take part</source>
        <translation>Ik ben aan de beurt: meedoen</translation>
    </message>
    <message>
        <source>Stop passing this tablet around</source>
        <translation>Stoppen met doorgeven</translation>
    </message>
</context>
<context>
    <name>PhaseHeader</name>
    <message>
        <source>%1 · phase %2 of %3</source>
        <translation>%1 · fase %2 van %3</translation>
    </message>
    <message>
        <source>Welcome! The meeting starts soon</source>
        <translation>Welkom! De bijeenkomst begint zo</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>De bijeenkomst is afgelopen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlaten</translation>
    </message>
    <message>
        <source>Asked now:</source>
        <translation>Nu gevraagd:</translation>
    </message>
    <message>
        <source>meeting %1 of %2</source>
        <translation>bijeenkomst %1 van %2</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>Clarifying question</source>
        <translation>Verhelderingsvraag</translation>
    </message>
    <message>
        <source>Goes on the wall without your name. The colleague who brought in the case answers it.</source>
        <translation>Komt zonder je naam op de wand. De collega die de casus inbracht, beantwoordt hem.</translation>
    </message>
    <message>
        <source>What would you like to know about the case?</source>
        <translation>Wat wil je nog weten over de casus?</translation>
    </message>
    <message>
        <source>Ask the question</source>
        <translation>Vraag stellen</translation>
    </message>
    <message>
        <source>Your question is on the wall.</source>
        <translation>Je vraag staat op de wand.</translation>
    </message>
    <message>
        <source>Questions on the wall</source>
        <translation>Vragen op de wand</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>✓ Answered: %1</source>
        <translation>✓ Beantwoord: %1</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Beantwoord</translation>
    </message>
</context>
<context>
    <name>QuietPhase</name>
    <message>
        <source>Nothing to do on the tablet right now</source>
        <translation>Nu hoef je op de tablet niets te doen</translation>
    </message>
    <message>
        <source>Look and listen along with the wall. In this phase:</source>
        <translation>Kijk en luister mee met de wand. In deze fase:</translation>
    </message>
</context>
<context>
    <name>RemarkPanel</name>
    <message>
        <source>Dreamer or critic</source>
        <translation>Dromer of criticus</translation>
    </message>
    <message>
        <source>Your remark is added to the card on the wall, without your name.</source>
        <translation>Je reactie komt bij de kaart op de wand, zonder je naam.</translation>
    </message>
    <message>
        <source>1. Choose a card</source>
        <translation>1. Kies een kaart</translation>
    </message>
    <message>
        <source>2. Choose your role</source>
        <translation>2. Kies je rol</translation>
    </message>
    <message>
        <source>Dreamer</source>
        <translation>Dromer</translation>
    </message>
    <message>
        <source>What would you do if you went one step further?</source>
        <translation>Wat zou je doen als je nog een stap verder gaat?</translation>
    </message>
    <message>
        <source>Critic</source>
        <translation>Criticus</translation>
    </message>
    <message>
        <source>What would an opponent say? What is a reason or a risk not to do it?</source>
        <translation>Wat zou een tegenstander zeggen? Wat is een reden of risico om het niet te doen?</translation>
    </message>
    <message>
        <source>3. Your remark</source>
        <translation>3. Je reactie</translation>
    </message>
    <message>
        <source>One step further would be…</source>
        <translation>Een stap verder zou zijn…</translation>
    </message>
    <message>
        <source>A risk is…</source>
        <translation>Een risico is…</translation>
    </message>
    <message>
        <source>Add to the card</source>
        <translation>Bij de kaart zetten</translation>
    </message>
    <message>
        <source>Choose a card first.</source>
        <translation>Kies eerst een kaart.</translation>
    </message>
    <message>
        <source>Your remark is on the card.</source>
        <translation>Je reactie staat bij de kaart.</translation>
    </message>
</context>
<context>
    <name>SendStatus</name>
    <message>
        <source>Sent.</source>
        <translation>Verstuurd.</translation>
    </message>
    <message>
        <source>Kept on this tablet. It will be sent as soon as the connection is back.</source>
        <translation>Bewaard op deze tablet. Het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
</context>
<context>
    <name>SolutionPanel</name>
    <message>
        <source>My preferred solution</source>
        <translation>Mijn gewenste oplossing</translation>
    </message>
    <message>
        <source>Only the facilitator sees this, without your name.</source>
        <translation>Alleen de begeleider ziet dit, zonder je naam.</translation>
    </message>
    <message>
        <source>What would you do?</source>
        <translation>Wat zou jij doen?</translation>
    </message>
    <message>
        <source>My solution is…</source>
        <translation>Mijn oplossing is…</translation>
    </message>
    <message>
        <source>Your arguments</source>
        <translation>Je argumenten</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Omdat…</translation>
    </message>
    <message>
        <source>Hand in to the facilitator</source>
        <translation>Inleveren bij de begeleider</translation>
    </message>
    <message>
        <source>Handed in. You can hand in another one.</source>
        <translation>Ingeleverd. Je kunt er nog een inleveren.</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Choose a card, then tap a tag to put it on the card or take it off.</source>
        <translation>Kies een kaart en tik dan op een label om het op de kaart te zetten of eraf te halen.</translation>
    </message>
    <message>
        <source>The card on the wall is updated.</source>
        <translation>De kaart op de wand is bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>ThoughtRow</name>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
</context>
<context>
    <name>ThoughtsPanel</name>
    <message>
        <source>Added to your list.</source>
        <translation>Toegevoegd aan je lijst.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Weggehaald.</translation>
    </message>
    <message>
        <source>My first thoughts</source>
        <translation>Mijn eerste gedachten</translation>
    </message>
    <message>
        <source>Only you see these. A few keywords at a time; you get them back in the insights phase.</source>
        <translation>Alleen jij ziet deze. Steeds een paar steekwoorden; als je straks je inzichten opschrijft, krijg je ze terug.</translation>
    </message>
    <message>
        <source>A keyword or two</source>
        <translation>Eén of twee steekwoorden</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>over de tijd</translation>
    </message>
    <message>
        <source>left in this phase</source>
        <translation>over in deze fase</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <source>Tips and tops</source>
        <translation>Tips en tops</translation>
    </message>
    <message>
        <source>Top: what made this meeting valuable?</source>
        <translation>Top: wat maakte deze bijeenkomst waardevol?</translation>
    </message>
    <message>
        <source>Put the top on the wall</source>
        <translation>Top op de wand zetten</translation>
    </message>
    <message>
        <source>Your top is on the wall.</source>
        <translation>Je top staat op de wand.</translation>
    </message>
    <message>
        <source>Put the tip on the wall</source>
        <translation>Tip op de wand zetten</translation>
    </message>
    <message>
        <source>Your tip is on the wall.</source>
        <translation>Je tip staat op de wand.</translation>
    </message>
    <message numerus="yes">
        <source>%n post-it(s) on the wall so far.</source>
        <translation>
            <numerusform>Er hangt nu %n post-it op de wand.</numerusform>
            <numerusform>Er hangen nu %n post-its op de wand.</numerusform>
        </translation>
    </message>
    <message>
        <source>How could this meeting be even better? Each tip and top becomes a post-it on the wall, without your name.</source>
        <translation>Hoe kan deze bijeenkomst nog beter? Elke tip en top wordt een post-it op de wand, zonder je naam.</translation>
    </message>
    <message>
        <source>Tip: what could make this meeting better?</source>
        <translation>Tip: wat kan deze bijeenkomst beter maken?</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Your preference</source>
        <translation>Je voorkeur</translation>
    </message>
    <message>
        <source>Choose the card you prefer. Anonymous: nobody can see what you chose.</source>
        <translation>Kies de kaart die je voorkeur heeft. Anoniem: niemand kan zien wat je koos.</translation>
    </message>
    <message>
        <source>Spread your dots over the cards you prefer. Anonymous: nobody can see where you put them.</source>
        <translation>Verdeel je stippen over de kaarten die je voorkeur hebben. Anoniem: niemand kan zien waar je ze zette.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>De stemming is gesloten.</translation>
    </message>
    <message>
        <source>The vote is not open yet. The facilitator opens it; you can already read the cards.</source>
        <translation>De stemming is nog niet open. De begeleider opent hem; je kunt de kaarten alvast lezen.</translation>
    </message>
    <message>
        <source>Send my changed vote</source>
        <translation>Gewijzigde stem versturen</translation>
    </message>
    <message>
        <source>Send my vote</source>
        <translation>Stem versturen</translation>
    </message>
    <message>
        <source>Your vote has been counted.</source>
        <translation>Je stem is meegeteld.</translation>
    </message>
    <message>
        <source>You changed your vote on this tablet. Send it to count the change.</source>
        <translation>Je hebt je stem op deze tablet gewijzigd. Verstuur hem, dan telt de wijziging mee.</translation>
    </message>
    <message>
        <source>✓ Your vote is in. You can change it until the vote closes.</source>
        <translation>✓ Je stem is binnen. Je kunt hem wijzigen tot de stemming sluit.</translation>
    </message>
    <message>
        <source>✓ Your vote is in. Below is your vote as it was counted.</source>
        <translation>✓ Je stem is binnen. Hieronder zie je je stem zoals hij is meegeteld.</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>De uitslag</translation>
    </message>
    <message numerus="yes">
        <source>chosen by %n</source>
        <translation>
            <numerusform>gekozen door %n</numerusform>
            <numerusform>gekozen door %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n stip</numerusform>
            <numerusform>%n stippen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteRow</name>
    <message numerus="yes">
        <source>Room total: %n dot(s)</source>
        <translation>
            <numerusform>Totaal in de zaal: %n stip</numerusform>
            <numerusform>Totaal in de zaal: %n stippen</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a dot off this card</source>
        <translation>Een stip van deze kaart halen</translation>
    </message>
    <message>
        <source>Put a dot on this card</source>
        <translation>Een stip op deze kaart zetten</translation>
    </message>
    <message>
        <source>✓ My choice</source>
        <translation>✓ Mijn keuze</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message numerus="yes">
        <source>Chosen by %n</source>
        <translation>
            <numerusform>Gekozen door %n</numerusform>
            <numerusform>Gekozen door %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingBody</name>
    <message>
        <source>Meeting %1 of %2</source>
        <translation>Bijeenkomst %1 van %2</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation>Accent:</translation>
    </message>
    <message>
        <source>How this works</source>
        <translation>Zo werkt het</translation>
    </message>
    <message>
        <source>The facilitator starts the meeting on the wall. This tablet then shows by itself what you can do in each phase.</source>
        <translation>De begeleider start de bijeenkomst op de wand. Deze tablet laat dan vanzelf zien wat je in elke fase kunt doen.</translation>
    </message>
    <message>
        <source>You take part without your name. Each field says who will see what you write: only you, only the facilitator, or everyone on the wall.</source>
        <translation>Je doet mee zonder je naam. Bij elk veld staat wie ziet wat je schrijft: alleen jij, alleen de begeleider, of iedereen op de wand.</translation>
    </message>
    <message>
        <source>Working agreements</source>
        <translation>Werkafspraken</translation>
    </message>
    <message>
        <source>The meeting, phase by phase</source>
        <translation>De bijeenkomst, fase voor fase</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Spelregels</translation>
    </message>
</context>
</TS>
