<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CardPanel</name>
    <message numerus="yes">
        <source>%n card(s) on the flipover so far.</source>
        <translation><numerusform>%n card on the flipover so far.</numerusform><numerusform>%n cards on the flipover so far.</numerusform></translation>
    </message>
</context>
<context>
    <name>CardTile</name>
    <message numerus="yes">
        <source>%n remark(s)</source>
        <translation><numerusform>%n remark</numerusform><numerusform>%n remarks</numerusform></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent.</source>
        <translation><numerusform>%n item waiting to be sent.</numerusform><numerusform>%n items waiting to be sent.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message numerus="yes">
        <source>Connected · %n taking part</source>
        <translation><numerusform>Connected · %n taking part</numerusform><numerusform>Connected · %n taking part</numerusform></translation>
    </message>
</context>
<context>
    <name>EndBody</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation><numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s) and top(s)</source>
        <translation><numerusform>%n tip or top</numerusform><numerusform>%n tips and tops</numerusform></translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message numerus="yes">
        <source>%n post-it(s) on the wall so far.</source>
        <translation><numerusform>%n post-it on the wall so far.</numerusform><numerusform>%n post-its on the wall so far.</numerusform></translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message numerus="yes">
        <source>chosen by %n</source>
        <translation><numerusform>chosen by %n</numerusform><numerusform>chosen by %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation><numerusform>%n dot</numerusform><numerusform>%n dots</numerusform></translation>
    </message>
</context>
<context>
    <name>VoteRow</name>
    <message numerus="yes">
        <source>Chosen by %n</source>
        <translation><numerusform>Chosen by %n</numerusform><numerusform>Chosen by %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Room total: %n dot(s)</source>
        <translation><numerusform>Room total: %n dot</numerusform><numerusform>Room total: %n dots</numerusform></translation>
    </message>
</context>
<context>
    <name>WaitingBody</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
</context>
</TS>
