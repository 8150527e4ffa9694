<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerText</name>
    <message numerus="yes">
        <location filename="../ui/questions/texts.py" line="+36"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankEditor</name>
    <message numerus="yes">
        <location filename="../ui/editor/bank_editor.py" line="+554"/>
        <source>Problems: %n error(s)</source>
        <translation>
            <numerusform>Problems: %n error</numerusform>
            <numerusform>Problems: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassRoomView</name>
    <message numerus="yes">
        <location filename="../ui/class_room.py" line="+368"/>
        <source>%n answers have not reached the class yet. They are kept on this computer and sent the next time QuizApp can reach the class.</source>
        <translation>
            <numerusform>%n answer has not reached the class yet. It is kept on this computer and sent the next time QuizApp can reach the class.</numerusform>
            <numerusform>%n answers have not reached the class yet. They are kept on this computer and sent the next time QuizApp can reach the class.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClozeWidget</name>
    <message numerus="yes">
        <location filename="../ui/questions/cloze.py" line="+103"/>
        <source>%n blank(s) still empty: {numbers}.</source>
        <translation>
            <numerusform>%n blank still empty: {numbers}.</numerusform>
            <numerusform>%n blanks still empty: {numbers}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/quiz_page.py" line="+797"/>
        <source>%n question(s) not answered yet: {numbers}.</source>
        <translation>
            <numerusform>%n question not answered yet: {numbers}.</numerusform>
            <numerusform>%n questions not answered yet: {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n question(s) flagged for review: {numbers}.</source>
        <translation>
            <numerusform>%n question flagged for review: {numbers}.</numerusform>
            <numerusform>%n questions flagged for review: {numbers}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/results_page.py" line="+215"/>
        <source>The right answers are shown after your last attempt: you have %n attempt(s) left.</source>
        <translation>
            <numerusform>The right answers are shown after your last attempt: you have %n attempt left.</numerusform>
            <numerusform>The right answers are shown after your last attempt: you have %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyGlanceBar</name>
    <message numerus="yes">
        <location filename="../ui/study_glance.py" line="+148"/>
        <source>%Ln question(s) due today</source>
        <translation>
            <numerusform>%Ln question due today</numerusform>
            <numerusform>%Ln questions due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Study streak: %Ln day(s)</source>
        <translation>
            <numerusform>Study streak: %Ln day</numerusform>
            <numerusform>Study streak: %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/study_page.py" line="+382"/>
        <source>%n card(s) due</source>
        <translation>
            <numerusform>%n card due</numerusform>
            <numerusform>%n cards due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n question(s) to go</source>
        <translation>
            <numerusform>%n question to go</numerusform>
            <numerusform>%n questions to go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_StatusText</name>
    <message numerus="yes">
        <location filename="../ui/class_room.py" line="-294"/>
        <source>%n answers waiting to be sent</source>
        <translation>
            <numerusform>%n answer waiting to be sent</numerusform>
            <numerusform>%n answers waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n answers waiting: no connection since %1</source>
        <translation>
            <numerusform>%n answer waiting: no connection since %1</numerusform>
            <numerusform>%n answers waiting: no connection since %1</numerusform>
        </translation>
    </message>
</context>
</TS>
