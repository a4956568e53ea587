<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaWidget</name>
    <message numerus="yes">
        <source>%n-hour day</source>
        <translation>
            <numerusform>%n-hour day</numerusform>
            <numerusform>%n-hour day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityPage</name>
    <message numerus="yes">
        <source>Free slots in the next %n days</source>
        <translation>
            <numerusform>Free slots in the next day</numerusform>
            <numerusform>Free slots in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Free slots, next %n days</source>
        <translation>
            <numerusform>Free slots, next day</numerusform>
            <numerusform>Free slots, next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intro slots</source>
        <translation>
            <numerusform>%n intro slot</numerusform>
            <numerusform>%n intro slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid slots</source>
        <translation>
            <numerusform>%n paid slot</numerusform>
            <numerusform>%n paid slots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message numerus="yes">
        <source>%n busy times</source>
        <translation>
            <numerusform>%n busy time</numerusform>
            <numerusform>%n busy times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarServerPane</name>
    <message numerus="yes">
        <source>Connected: %n calendars found.</source>
        <translation>
            <numerusform>Connected: %n calendar found.</numerusform>
            <numerusform>Connected: %n calendars found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarServerSync</name>
    <message numerus="yes">
        <source>Calendar server: %n events changed there wait for your choice</source>
        <translation>
            <numerusform>Calendar server: %n event changed there waits for your choice</numerusform>
            <numerusform>Calendar server: %n events changed there wait for your choice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar server: %n changes waiting, offline since %1</source>
        <translation>
            <numerusform>Calendar server: %n change waiting, offline since %1</numerusform>
            <numerusform>Calendar server: %n changes waiting, offline since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar server: %n changes waiting, refused since %1</source>
        <translation>
            <numerusform>Calendar server: %n change waiting, refused since %1</numerusform>
            <numerusform>Calendar server: %n changes waiting, refused since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarningsView</name>
    <message numerus="yes">
        <source>Sessions of %1 written to %2: %n.</source>
        <translation>
            <numerusform>One session of %1 written to %2.</numerusform>
            <numerusform>%n sessions of %1 written to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InlineNotice</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message numerus="yes">
        <source>%n red flags</source>
        <translation>
            <numerusform>%n red flag</numerusform>
            <numerusform>%n red flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decisions to %1. Upload it to the platform.</source>
        <translation>
            <numerusform>Wrote %n decision to %1. Upload it to the platform.</numerusform>
            <numerusform>Wrote %n decisions to %1. Upload it to the platform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n decisions already in that file are kept in it.</source>
        <translation>
            <numerusform>The decision already in that file is kept in it.</numerusform>
            <numerusform>The %n decisions already in that file are kept in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MenteeListView</name>
    <message numerus="yes">
        <source>Mentees: %n</source>
        <translation>
            <numerusform>1 mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message numerus="yes">
        <source>sessions held: %n</source>
        <translation>
            <numerusform>1 session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n finished sessions wait for your confirmation; bundles and payments depend on it.</source>
        <translation>
            <numerusform>%n finished session waits for your confirmation; bundles and payments depend on it.</numerusform>
            <numerusform>%n finished sessions wait for your confirmation; bundles and payments depend on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%1 of %2 sessions</source>
        <translation>
            <numerusform>%1 of %2 session</numerusform>
            <numerusform>%1 of %2 sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sessions</source>
        <translation>
            <numerusform>%1 session</numerusform>
            <numerusform>%1 sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is busy: another Mentor Desk (perhaps an import) has been writing to it for over %n seconds; nothing was changed, try again in a moment.</source>
        <translation>
            <numerusform>The database is busy: another Mentor Desk (perhaps an import) has been writing to it for over %n second; nothing was changed, try again in a moment.</numerusform>
            <numerusform>The database is busy: another Mentor Desk (perhaps an import) has been writing to it for over %n seconds; nothing was changed, try again in a moment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problems; nothing was changed.</source>
        <translation>
            <numerusform>%1 was not imported: %n problem; nothing was changed.</numerusform>
            <numerusform>%1 was not imported: %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
