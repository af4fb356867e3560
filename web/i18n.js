// The browser voter's texts: written in English, shown in Dutch unless the
// browser prefers English (navigator.languages; ?lang=en or ?lang=nl
// overrides); a browser that prefers neither follows the meeting's language. Every text the page shows goes through t() or tn(); the Dutch
// below must cover all of them (tests/browser checks it).

// The language the link (?lang=) or the phone asks for, if it is one the
// page has; "" when the phone speaks another language.
function preferredLanguage() {
    const forced = new URLSearchParams(location.search).get("lang");
    if (forced === "nl" || forced === "en")
        return forced;
    for (const tag of navigator.languages || [navigator.language || ""]) {
        const code = String(tag).toLowerCase().slice(0, 2);
        if (code === "nl" || code === "en")
            return code;
    }
    return "";
}

const preferred = preferredLanguage();
export let language = preferred || "nl";

// A phone that speaks neither Dutch nor English follows the meeting's
// language (its format's "language"): English for an English meeting,
// Dutch otherwise. True when the page's language changed.
export function followMeeting(meetingLanguage) {
    if (preferred)
        return false;
    const next = meetingLanguage === "en" ? "en" : "nl";
    if (next === language)
        return false;
    language = next;
    return true;
}

export const NL = {
    "%1 of your %2 dots left.": "Nog %1 van je %2 stippen over.",
    "%1 · phase %2 of %3": "%1 · fase %2 van %3",
    "1. Choose a card": "1. Kies een kaart",
    "2. Choose your role": "2. Kies je rol",
    "3. Your remark": "3. Je reactie",
    "All your %1 dots are placed.": "Al je %1 stippen zijn verdeeld.",
    "A consideration for the flipover": "Een overweging voor de flipover",
    "A keyword or two": "Eén of twee steekwoorden",
    "A new meeting started on the wall before this arrived, so it was not sent into it.": "Op de wand is een nieuwe bijeenkomst begonnen voordat dit aankwam. Het is daarom niet verstuurd.",
    "A risk is…": "Een risico is…",
    "Add": "Toevoegen",
    "Add to the card": "Bij de kaart zetten",
    "Added to your list.": "Toegevoegd aan je lijst.",
    "Ask the question": "Vraag stellen",
    "Asked now:": "Nu gevraagd:",
    "At most %1 per card.": "Hooguit %1 per kaart.",
    "Because…": "Omdat…",
    "Choose": "Kiezen",
    "Choose a card first.": "Kies eerst een kaart.",
    "Choose a card, then tap a tag to put it on the card or take it off.": "Kies een kaart en tik dan op een label om het op de kaart te zetten of eraf te halen.",
    "Choose the card you prefer. Anonymous: nobody can see what you chose.": "Kies de kaart die je voorkeur heeft. Anoniem: niemand kan zien wat je koos.",
    "Clarifying question": "Verhelderingsvraag",
    "Connecting to the wall…": "Verbinden met de wand…",
    "Connection lost – your input is kept and sent later.": "Verbinding kwijt – je invoer wordt bewaard en later verstuurd.",
    "Critic": "Criticus",
    "Direction, in a few words": "Richting, in een paar woorden",
    "Dreamer": "Dromer",
    "Dreamer or critic": "Dromer of criticus",
    "Each consideration becomes a card on the wall, without your name.": "Elke overweging wordt een kaart op de wand, zonder je naam.",
    "Everyone in the room can read it on the wall.": "Iedereen in de zaal kan het op de wand lezen.",
    "Flipover – take part": "Flipover – meedoen",
    "Goes on the wall without your name. The colleague who brought in the case answers it.": "Komt zonder je naam op de wand. De collega die de casus inbracht, beantwoordt hem.",
    "Ground rules": "Spelregels",
    "Hand in to the facilitator": "Inleveren bij de begeleider",
    "Handed in. You can hand in another one.": "Ingeleverd. Je kunt er nog een inleveren.",
    "How could this meeting be even better? Each tip and top becomes a post-it on the wall, without your name.": "Hoe kan deze bijeenkomst nog beter? Elke tip en top wordt een post-it op de wand, zonder je naam.",
    "How this works": "Zo werkt het",
    "Join": "Meedoen",
    "Join the meeting": "Doe mee met de bijeenkomst",
    "Kept on this phone. It will be sent as soon as the connection is back.": "Bewaard op deze telefoon. Het wordt verstuurd zodra de verbinding terug is.",
    "Leave": "Verlaten",
    "Leave the meeting": "De bijeenkomst verlaten",
    "Leave the meeting on this phone?": "De bijeenkomst op deze telefoon verlaten?",
    "Look and listen along with the wall. In this phase:": "Kijk en luister mee met de wand. In deze fase:",
    "Look back at your first thoughts, then write down what you take away from this meeting.": "Kijk terug naar je eerste gedachten en schrijf dan op wat je meeneemt uit deze bijeenkomst.",
    "My first thoughts": "Mijn eerste gedachten",
    "My preferred solution": "Mijn gewenste oplossing",
    "My solution is…": "Mijn oplossing is…",
    "New insights": "Nieuwe inzichten",
    "Not connected": "Niet verbonden",
    "Not possible while the vote is open.": "Dat kan niet zolang de stemming open is.",
    "Nothing to do on the phone right now": "Nu hoef je op je telefoon niets te doen",
    "Off: only the facilitator sees it, without your name.": "Uit: alleen de begeleider ziet het, zonder je naam.",
    "One step further would be…": "Een stap verder zou zijn…",
    "Only the facilitator sees this, without your name.": "Alleen de begeleider ziet dit, zonder je naam.",
    "Only you see these.": "Alleen jij ziet deze.",
    "Only you see these. A few keywords at a time; you get them back in the insights phase.": "Alleen jij ziet deze. Steeds een paar steekwoorden; als je straks je inzichten opschrijft, krijg je ze terug.",
    "Working agreements": "Werkafspraken",
    "PIN": "Pincode",
    "Put a dot on this card": "Een stip op deze kaart zetten",
    "Put it on the flipover": "Op de flipover zetten",
    "Put the tip on the wall": "Tip op de wand zetten",
    "Put the top on the wall": "Top op de wand zetten",
    "Questions on the wall": "Vragen op de wand",
    "Read along while the case is read out.": "Lees mee terwijl de casus wordt voorgelezen.",
    "Remove": "Weghalen",
    "Send my changed vote": "Gewijzigde stem versturen",
    "Send my insights": "Mijn inzichten versturen",
    "Send my vote": "Stem versturen",
    "Sending…": "Versturen…",
    "Sent. It appears on the wall without your name.": "Verstuurd. Het komt zonder je naam op de wand.",
    "Sent. Only the facilitator sees it, without your name.": "Verstuurd. Alleen de begeleider ziet het, zonder je naam.",
    "Show on the wall, without my name": "Op de wand tonen, zonder mijn naam",
    "Someone else has already brought in the case.": "Iemand anders heeft de casus al ingebracht.",
    "Spread your dots over the cards you prefer. Anonymous: nobody can see where you put them.": "Verdeel je stippen over de kaarten die je voorkeur hebben. Anoniem: niemand kan zien waar je ze zette.",
    "Stay": "Blijven",
    "Tags": "Labels",
    "Take a dot off this card": "Een stip van deze kaart halen",
    "Thank you for taking part!": "Bedankt voor je deelname!",
    "That is not possible in this phase any more. Nothing was lost: your text is still here.": "Dat kan in deze fase niet meer. Er is niets verloren: je tekst staat er nog.",
    "That item is no longer on the wall.": "Dit staat niet meer op de wand.",
    "The card on the wall is updated.": "De kaart op de wand is bijgewerkt.",
    "The case": "De casus",
    "The case appears here as soon as it is on the wall.": "De casus komt hier zodra hij op de wand staat.",
    "The facilitator PIN is not right.": "De pincode van de begeleider klopt niet.",
    "The facilitator shares the outcome. The wall shows it for now.": "De begeleider deelt de uitkomsten. Voor nu staan ze op de wand.",
    "The facilitator starts the meeting on the wall. This phone then shows by itself what you can do in each phase.": "De begeleider start de bijeenkomst op de wand. Deze telefoon laat dan vanzelf zien wat je in elke fase kunt doen.",
    "The meeting has already started.": "De bijeenkomst is al begonnen.",
    "The meeting has ended": "De bijeenkomst is afgelopen",
    "The meeting has not started yet.": "De bijeenkomst is nog niet begonnen.",
    "This meeting is full: nothing more can be added.": "Deze bijeenkomst is vol: er kan niets meer bij.",
    "This meeting is full: no more participants can join.": "Deze bijeenkomst is vol: er kan niemand meer bij.",
    "The meeting, phase by phase": "De bijeenkomst, fase voor fase",
    "The result": "De uitslag",
    "The timer is already paused.": "De tijd staat al stil.",
    "The timer is not paused.": "De tijd staat niet stil.",
    "The vote is closed.": "De stemming is gesloten.",
    "The vote is not open yet. The facilitator opens it; you can already read the cards.": "De stemming is nog niet open. De begeleider opent hem; je kunt de kaarten alvast lezen.",
    "The vote is not open, so this was not counted.": "De stemming is niet open, dus dit is niet meegeteld.",
    "The wall could not save this. Please try again.": "De wand kon dit niet opslaan. Probeer het nog een keer.",
    "There are no cards on the flipover yet.": "Er staan nog geen kaarten op de flipover.",
    "This PIN is not right. Check the PIN on the wall and try again.": "Deze pincode klopt niet. Kijk nog eens op de wand en probeer het opnieuw.",
    "This app is too old or too new for this wall. Ask the facilitator.": "Deze app past niet bij deze wand (te oud of te nieuw). Vraag het de begeleider.",
    "This could not be accepted. Check the text and try again.": "Dit kon niet worden aangenomen. Kijk de tekst na en probeer het opnieuw.",
    "This did not work (%1). Please try again.": "Dit lukte niet (%1). Probeer het nog een keer.",
    "This is the first phase.": "Dit is de eerste fase.",
    "This meeting has already ended.": "Deze bijeenkomst is al afgelopen.",
    "This page may not connect to this wall. Scan the QR code on the wall again.": "Deze pagina mag niet met deze wand verbinden. Scan de QR-code op de wand opnieuw.",
    "This phone has already forgotten what you typed here.": "Deze telefoon is al vergeten wat je hier hebt getypt.",
    "This phone then forgets everything about this meeting: what you typed but did not send, and your first thoughts. Your first thoughts are also removed from the wall's computer.": "Deze telefoon vergeet dan alles over deze bijeenkomst: wat je hebt getypt maar niet verstuurd, en je eerste gedachten. Je eerste gedachten worden ook van de computer van de wand gehaald.",
    "Tip: what could make this meeting better?": "Tip: wat kan deze bijeenkomst beter maken?",
    "Tips and tops": "Tips en tops",
    "Together you gathered: %1, %2 and %3.": "Samen hebben jullie opgehaald: %1, %2 en %3.",
    "Too many dots on one card.": "Te veel stippen op één kaart.",
    "Too many wrong tries. Wait a minute and try again.": "Te veel verkeerde pogingen. Wacht een minuut en probeer het dan opnieuw.",
    "Top: what made this meeting valuable?": "Top: wat maakte deze bijeenkomst waardevol?",
    "Type the PIN first.": "Typ eerst de pincode.",
    "Type the PIN that is shown on the wall, then tap Join.": "Typ de pincode die op de wand staat en tik op Meedoen.",
    "Welcome! The meeting starts soon": "Welkom! De bijeenkomst begint zo",
    "What has enriched your view?": "Wat heeft je perspectief verrijkt?",
    "What would an opponent say? What is a reason or a risk not to do it?": "Wat zou een tegenstander zeggen? Wat is een reden of risico om het niet te doen?",
    "What would you do if you went one step further?": "Wat zou je doen als je nog een stap verder gaat?",
    "What would you do, and why?": "Wat zou jij doen, en waarom?",
    "What would you do?": "Wat zou jij doen?",
    "What would you like to know about the case?": "Wat wil je nog weten over de casus?",
    "What you already shared stays on the wall, without your name. Your vote still counts, but you can no longer change it.": "Wat je al hebt gedeeld, blijft zonder je naam op de wand staan. Je stem telt mee, maar je kunt hem niet meer wijzigen.",
    "Which insights do you take away?": "Met welke inzichten ga je weg?",
    "Yes, leave and wipe": "Ja, verlaten en wissen",
    "You are no longer part of this meeting. Join again with the PIN.": "Je doet niet meer mee aan deze bijeenkomst. Doe opnieuw mee met de pincode.",
    "You are not allowed to do that.": "Dat mag je niet doen.",
    "You changed your vote on this phone. Send it to count the change.": "Je hebt je stem op deze telefoon gewijzigd. Verstuur hem, dan telt de wijziging mee.",
    "You did not write down any first thoughts.": "Je hebt geen eerste gedachten opgeschreven.",
    "You left the meeting. This phone has forgotten it.": "Je hebt de bijeenkomst verlaten. Deze telefoon is hem vergeten.",
    "You placed more dots than you have.": "Je hebt meer stippen gezet dan je hebt.",
    "You take part without your name. Each field says who will see what you write: only you, only the facilitator, or everyone on the wall.": "Je doet mee zonder je naam. Bij elk veld staat wie ziet wat je schrijft: alleen jij, alleen de begeleider, of iedereen op de wand.",
    "You take part without your name. When you leave, this phone forgets the meeting.": "Je doet mee zonder je naam. Als je weggaat, vergeet deze telefoon de bijeenkomst.",
    "Your arguments": "Je argumenten",
    "Your card is on the wall.": "Je kaart staat op de wand.",
    "Your consideration": "Je overweging",
    "Your first thoughts": "Je eerste gedachten",
    "Your preference": "Je voorkeur",
    "Your question is on the wall.": "Je vraag staat op de wand.",
    "Your remark is added to the card on the wall, without your name.": "Je reactie komt bij de kaart op de wand, zonder je naam.",
    "Your remark is on the card.": "Je reactie staat bij de kaart.",
    "Your tip is on the wall.": "Je tip staat op de wand.",
    "Your top is on the wall.": "Je top staat op de wand.",
    "Your vote has been counted.": "Je stem is meegeteld.",
    "e.g. Work first": "bijv. Eerst werk",
    "left in this phase": "over in deze fase",
    "over time": "over de tijd",
    "paused": "gepauzeerd",
    "the PIN from the wall": "de pincode van de wand",
    "✓ Answered": "✓ Beantwoord",
    "✓ Answered: %1": "✓ Beantwoord: %1",
    "✓ My choice": "✓ Mijn keuze",
    "✓ Your vote is in. Below is your vote as it was counted.": "✓ Je stem is binnen. Hieronder zie je je stem zoals hij is meegeteld.",
    "✓ Your vote is in. You can change it until the vote closes.": "✓ Je stem is binnen. Je kunt hem wijzigen tot de stemming sluit.",
};

// Plurals: the English singular is the key; [one, other] in Dutch.
export const NL_PLURAL = {
    "%n card": ["%n kaart", "%n kaarten"],
    "%n card on the flipover so far.": ["Tot nu toe %n kaart op de flipover.", "Tot nu toe %n kaarten op de flipover."],
    "%n dot": ["%n stip", "%n stippen"],
    "%n item waiting to be sent.": ["%n bericht wacht om verstuurd te worden.", "%n berichten wachten om verstuurd te worden."],
    "%n min": ["%n min", "%n min"],
    "%n post-it on the wall so far.": ["Tot nu toe %n post-it op de wand.", "Tot nu toe %n post-its op de wand."],
    "%n question": ["%n vraag", "%n vragen"],
    "%n tip or top": ["%n tip of top", "%n tips en tops"],
    "Chosen by %n": ["Gekozen door %n", "Gekozen door %n"],
    "Connected · %n taking part": ["Verbonden · %n doet mee", "Verbonden · %n doen mee"],
    "Room total: %n dot": ["Totaal in de zaal: %n stip", "Totaal in de zaal: %n stippen"],
};

export function t(text) {
    return language === "nl" && NL[text] !== undefined ? NL[text] : text;
}

export function tn(n, one, other) {
    const forms = language === "nl" && NL_PLURAL[one] ? NL_PLURAL[one] : [one, other];
    return forms[n === 1 ? 0 : 1].replace("%n", String(n));
}

// The kiosk's refusals in the participant's words, by error code.
export function errorText(code) {
    switch (code) {
    case "bad_pin": return t("This PIN is not right. Check the PIN on the wall and try again.");
    case "bad_facilitator_pin": return t("The facilitator PIN is not right.");
    case "too_many_attempts": return t("Too many wrong tries. Wait a minute and try again.");
    case "meeting_ended": return t("This meeting has already ended.");
    case "bad_version": return t("This app is too old or too new for this wall. Ask the facilitator.");
    case "refused": return t("This page may not connect to this wall. Scan the QR code on the wall again.");
    case "unknown_participant": return t("You are no longer part of this meeting. Join again with the PIN.");
    case "wrong_phase": return t("That is not possible in this phase any more. Nothing was lost: your text is still here.");
    case "vote_not_open": return t("The vote is not open, so this was not counted.");
    case "vote_open": return t("Not possible while the vote is open.");
    case "too_many_dots": return t("You placed more dots than you have.");
    case "over_cap": return t("Too many dots on one card.");
    case "not_found": return t("That item is no longer on the wall.");
    case "not_allowed": return t("You are not allowed to do that.");
    case "case_taken": return t("Someone else has already brought in the case.");
    case "not_started": return t("The meeting has not started yet.");
    case "already_started": return t("The meeting has already started.");
    case "no_previous": return t("This is the first phase.");
    case "already_paused": return t("The timer is already paused.");
    case "not_paused": return t("The timer is not paused.");
    case "storage_failed": return t("The wall could not save this. Please try again.");
    case "meeting_full": return t("This meeting is full: no more participants can join.");
    case "too_many_cards":
    case "too_many_remarks":
    case "too_many_items":
    case "board_full": return t("This meeting is full: nothing more can be added.");
    case "new_meeting": return t("A new meeting started on the wall before this arrived, so it was not sent into it.");
    case "too_large":
    case "invalid":
    case "bad_field":
        return t("This could not be accepted. Check the text and try again.");
    default:
        return t("This did not work (%1). Please try again.").replace("%1", code);
    }
}
