<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mentor Desk</source>
        <translation>Über Mentor Desk</translation>
    </message>
    <message>
        <source>Mentor Desk</source>
        <translation>Mentor Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Your mentoring sessions, invitations and calendar, on this computer and offline.</source>
        <translation>Ihre Mentoring-Sitzungen, Einladungen und Ihr Kalender – auf diesem Computer und offline.</translation>
    </message>
    <message>
        <source>Free software under the %1 licence.</source>
        <translation>Freie Software unter der %1-Lizenz.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>The data is on a database server.</source>
        <translation>Die Daten liegen auf einem Datenbankserver.</translation>
    </message>
</context>
<context>
    <name>ActionHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Request entered</source>
        <translation>Anfrage erfasst</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Noch nicht gesendet</translation>
    </message>
</context>
<context>
    <name>AgendaLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Intro session</source>
        <translation>Kennenlerngespräch</translation>
    </message>
    <message>
        <source>Paid session</source>
        <translation>Bezahlte Sitzung</translation>
    </message>
    <message>
        <source>Requested, awaiting your answer</source>
        <translation>Angefragt, wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Free for intro sessions</source>
        <translation>Frei für Kennenlerngespräche</translation>
    </message>
    <message>
        <source>Free for paid sessions</source>
        <translation>Frei für bezahlte Sitzungen</translation>
    </message>
    <message>
        <source>Busy in your own calendar</source>
        <translation>Belegt in Ihrem eigenen Kalender</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Freier Tag</translation>
    </message>
</context>
<context>
    <name>AgendaSource</name>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Freier Tag</translation>
    </message>
    <message>
        <source>Free for intro</source>
        <translation>Frei für Kennenlernen</translation>
    </message>
    <message>
        <source>Free for paid</source>
        <translation>Frei für bezahlte Sitzungen</translation>
    </message>
</context>
<context>
    <name>AgendaWidget</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Freier Tag: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n-hour day</source>
        <translation>
            <numerusform>%n-Stunden-Tag</numerusform>
            <numerusform>%n-Stunden-Tag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityPage</name>
    <message>
        <source>Weekly availability windows</source>
        <translation>Wöchentliche Verfügbarkeitsfenster</translation>
    </message>
    <message>
        <source>No weekly windows yet: mentees can book nothing until you add one.</source>
        <translation>Noch keine Wochenfenster: Mentees können nichts buchen, bis Sie eines hinzufügen.</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Sitzungsart</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>00:00 means midnight at the end of the day</source>
        <translation>00:00 bedeutet Mitternacht am Ende des Tages</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Fenster hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Remove selected windows</source>
        <translation>Ausgewählte Fenster entfernen</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <source>No days off ahead.</source>
        <translation>Keine freien Tage geplant.</translation>
    </message>
    <message>
        <source>Day off date</source>
        <translation>Datum des freien Tages</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Day off note</source>
        <translation>Notiz zum freien Tag</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>Freien Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected days off</source>
        <translation>Ausgewählte freie Tage entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Free slots in the next %n days</source>
        <translation>
            <numerusform>Freie Termine am nächsten Tag</numerusform>
            <numerusform>Freie Termine in den nächsten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Intro slots are the ones mentees could book now: from %1 to %2 ahead. Sessions, open requests and busy time in your own calendar are left out.</source>
        <translation>Kennenlern-Termine sind die, die Mentees jetzt buchen könnten: frühestens in %1, spätestens in %2. Sitzungen, offene Anfragen und belegte Zeit in Ihrem eigenen Kalender sind ausgenommen.</translation>
    </message>
    <message>
        <source>Time zone of this page</source>
        <translation>Zeitzone dieser Seite</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Wochenfenster</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message numerus="yes">
        <source>Free slots, next %n days</source>
        <translation>
            <numerusform>Freie Termine, nächster Tag</numerusform>
            <numerusform>Freie Termine, nächste %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Times and days on this page are your own, in %1.</source>
        <translation>Zeiten und Tage auf dieser Seite sind Ihre eigenen, in %1.</translation>
    </message>
    <message>
        <source>Elsewhere times are shown in %1.</source>
        <translation>An anderen Stellen werden Zeiten in %1 angezeigt.</translation>
    </message>
    <message>
        <source>%1 and %2 from %3</source>
        <translation>%1 und %2 ab %3</translation>
    </message>
    <message numerus="yes">
        <source>%n intro slots</source>
        <translation>
            <numerusform>%n Kennenlern-Termin</numerusform>
            <numerusform>%n Kennenlern-Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid slots</source>
        <translation>
            <numerusform>%n bezahlter Termin</numerusform>
            <numerusform>%n bezahlte Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>That day was a day off already; its note is now “%1”.</source>
        <translation>Dieser Tag war bereits frei; seine Notiz lautet jetzt „%1“.</translation>
    </message>
    <message>
        <source>That day was a day off already; nothing changed.</source>
        <translation>Dieser Tag war bereits frei; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>BundleProgress</name>
    <message>
        <source>Bundle progress</source>
        <translation>Paketfortschritt</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message numerus="yes">
        <source>%n busy times</source>
        <translation>
            <numerusform>%n belegte Zeit</numerusform>
            <numerusform>%n belegte Zeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>&amp;Kalender importieren (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Imported calendars…</source>
        <translation>Importierte Kalender…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1: a new calendar, %2 from %3 (%4).</source>
        <translation>%1: ein neuer Kalender, %2 aus %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2 from %3 (%4), replacing the %5 it had.</source>
        <translation>%1: %2 aus %3 (%4), ersetzt die bisherigen %5.</translation>
    </message>
    <message>
        <source>Another calendar is also called %1: %2.</source>
        <translation>Ein anderer Kalender heißt ebenfalls %1: %2.</translation>
    </message>
    <message>
        <source>It has no event ahead.</source>
        <translation>Er enthält keinen kommenden Termin.</translation>
    </message>
    <message>
        <source>Its next event is on %1.</source>
        <translation>Sein nächster Termin ist am %1.</translation>
    </message>
    <message>
        <source>The calendar could not be read; nothing was changed. %1</source>
        <translation>Der Kalender konnte nicht gelesen werden; nichts wurde geändert. %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Eine Woche zeigen</translation>
    </message>
    <message>
        <source>Show a day</source>
        <translation>Einen Tag zeigen</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
</context>
<context>
    <name>CalendarServerPane</name>
    <message>
        <source>Mentor Desk sends your booked sessions to a calendar on your own CalDAV server (Nextcloud, Fastmail, iCloud, mailbox.org…) and reads your busy time back from the calendars you choose.</source>
        <translation>Mentor Desk sendet Ihre gebuchten Sitzungen an einen Kalender auf Ihrem eigenen CalDAV-Server (Nextcloud, Fastmail, iCloud, mailbox.org…) und liest Ihre belegten Zeiten aus den Kalendern, die Sie wählen.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>kept (type to change)</source>
        <translation>gespeichert (zum Ändern neu eingeben)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Calendar for sessions</source>
        <translation>Kalender für Sitzungen</translation>
    </message>
    <message>
        <source>Also send my free availability (as free time)</source>
        <translation>Auch meine freie Verfügbarkeit senden (als freie Zeit)</translation>
    </message>
    <message>
        <source>Calendars that count as busy</source>
        <translation>Kalender, die als belegt gelten</translation>
    </message>
    <message>
        <source>Stop using this server</source>
        <translation>Diesen Server nicht mehr verwenden</translation>
    </message>
    <message>
        <source>Sessions go to</source>
        <translation>Sitzungen gehen an</translation>
    </message>
    <message>
        <source>Busy time from</source>
        <translation>Belegte Zeit aus</translation>
    </message>
    <message>
        <source>A new calendar “%1”</source>
        <translation>Ein neuer Kalender „%1“</translation>
    </message>
    <message>
        <source>Give the server address, your user name and your password first.</source>
        <translation>Geben Sie zuerst die Serveradresse, Ihren Benutzernamen und Ihr Passwort an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n calendars found.</source>
        <translation>
            <numerusform>Verbunden: %n Kalender gefunden.</numerusform>
            <numerusform>Verbunden: %n Kalender gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give your user name and password, then save again.</source>
        <translation>Geben Sie Benutzernamen und Passwort an und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Saving the calendar server…</source>
        <translation>Kalenderserver wird gespeichert…</translation>
    </message>
    <message>
        <source>Mentor Desk no longer uses that server; the events already there stay.</source>
        <translation>Mentor Desk verwendet diesen Server nicht mehr; die Termine, die schon dort sind, bleiben.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
</context>
<context>
    <name>CalendarServerSync</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Send sessions to your calendar server and read busy time back</source>
        <translation>Sitzungen an Ihren Kalenderserver senden und belegte Zeit zurücklesen</translation>
    </message>
    <message>
        <source>Calendar server c&amp;onflicts…</source>
        <translation>K&amp;onflikte mit dem Kalenderserver…</translation>
    </message>
    <message>
        <source>Calendar server</source>
        <translation>Kalenderserver</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose which version stays</source>
        <translation>Wählen Sie, welche Fassung bleibt</translation>
    </message>
    <message>
        <source>Calendar server: syncing…</source>
        <translation>Kalenderserver: Abgleich läuft…</translation>
    </message>
    <message>
        <source>Calendar server: syncing… (%1 of %2)</source>
        <translation>Kalenderserver: Abgleich läuft… (%1 von %2)</translation>
    </message>
    <message>
        <source>Password of %1 at %2 (kept until Mentor Desk quits):</source>
        <translation>Passwort von %1 auf %2 (gespeichert, bis Mentor Desk beendet wird):</translation>
    </message>
    <message numerus="yes">
        <source>Calendar server: %n events changed there wait for your choice</source>
        <translation>
            <numerusform>Kalenderserver: %n dort geänderter Termin wartet auf Ihre Wahl</numerusform>
            <numerusform>Kalenderserver: %n dort geänderte Termine warten auf Ihre Wahl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar server: %n changes waiting, offline since %1</source>
        <translation>
            <numerusform>Kalenderserver: %n Änderung wartet, offline seit %1</numerusform>
            <numerusform>Kalenderserver: %n Änderungen warten, offline seit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar server: %n changes waiting, refused since %1</source>
        <translation>
            <numerusform>Kalenderserver: %n Änderung wartet, abgewiesen seit %1</numerusform>
            <numerusform>Kalenderserver: %n Änderungen warten, abgewiesen seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar server: not synced yet</source>
        <translation>Kalenderserver: noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Calendar server: up to date (%1)</source>
        <translation>Kalenderserver: aktuell (%1)</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>%1 with %2, %3</source>
        <translation>%1 mit %2, %3</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Sitzung absagen</translation>
    </message>
    <message>
        <source>Why do you cancel the %1?</source>
        <translation>Warum sagen Sie diesen Termin ab: %1?</translation>
    </message>
    <message>
        <source>The mentee is told the reason. Sessions can be cancelled at least %1 before they start.</source>
        <translation>Der Mentee erfährt den Grund. Sitzungen können bis spätestens %1 vor Beginn abgesagt werden.</translation>
    </message>
    <message>
        <source>I am ill</source>
        <translation>Ich bin krank</translation>
    </message>
    <message>
        <source>A schedule conflict came up</source>
        <translation>Es gibt eine Terminüberschneidung</translation>
    </message>
    <message>
        <source>Personal emergency</source>
        <translation>Persönlicher Notfall</translation>
    </message>
    <message>
        <source>The mentee asked to move it</source>
        <translation>Der Mentee hat um eine Verschiebung gebeten</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm session</source>
        <translation>Sitzung bestätigen</translation>
    </message>
    <message>
        <source>%1 with %2
%3</source>
        <translation>%1 mit %2
%3</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Hat stattgefunden</translation>
    </message>
    <message>
        <source>Mentee did not show up</source>
        <translation>Mentee ist nicht erschienen</translation>
    </message>
    <message>
        <source>I could not attend</source>
        <translation>Ich konnte nicht teilnehmen</translation>
    </message>
    <message>
        <source>May this mentee continue with a bundle?</source>
        <translation>Darf dieser Mentee mit einem Paket weitermachen?</translation>
    </message>
    <message>
        <source>Approve continuation</source>
        <translation>Fortsetzung genehmigen</translation>
    </message>
    <message>
        <source>Reject continuation</source>
        <translation>Fortsetzung ablehnen</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>A held session counts against the bundle and makes your payment due.</source>
        <translation>Eine stattgefundene Sitzung wird vom Paket abgezogen und macht Ihre Zahlung fällig.</translation>
    </message>
    <message>
        <source>Add a note (optional)</source>
        <translation>Notiz hinzufügen (optional)</translation>
    </message>
    <message>
        <source>What was discussed, the next steps agreed. It goes into your journal and stays on this computer.</source>
        <translation>Was besprochen wurde, die vereinbarten nächsten Schritte. Die Notiz kommt in Ihr Journal und bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Note on the session</source>
        <translation>Notiz zur Sitzung</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Choose what happened and your decision</source>
        <translation>Wählen Sie, was passiert ist, und Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Choose what happened</source>
        <translation>Wählen Sie, was passiert ist</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Sessions to confirm</source>
        <translation>Zu bestätigende Sitzungen</translation>
    </message>
    <message>
        <source>Sessions that have ended and wait for your confirmation</source>
        <translation>Beendete Sitzungen, die auf Ihre Bestätigung warten</translation>
    </message>
    <message>
        <source>All caught up: every finished session is confirmed.</source>
        <translation>Alles erledigt: Jede beendete Sitzung ist bestätigt.</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Ausgewählte Sitzung</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Confirm the selected session</source>
        <translation>Die ausgewählte Sitzung bestätigen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Offene Bestätigungen</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>Confirmed the %1 with %2: %3.</source>
        <translation>Bestätigt: %1 mit %2 – %3.</translation>
    </message>
    <message>
        <source>Bundle %1: %2.</source>
        <translation>Paket %1: %2.</translation>
    </message>
    <message>
        <source>The note is in the journal.</source>
        <translation>Die Notiz steht im Journal.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Mentor Desk cannot open its database</source>
        <translation>Mentor Desk kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Choose another database file (a new name starts an empty one), or quit. The file named above is left as it is.</source>
        <translation>Wählen Sie eine andere Datenbankdatei (ein neuer Name beginnt eine leere) oder beenden Sie. Die oben genannte Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>Mentor Desk database (*.sqlite3);;All files (*)</source>
        <translation>Mentor-Desk-Datenbank (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>Net earnings per month</source>
        <translation>Nettoeinnahmen pro Monat</translation>
    </message>
    <message>
        <source>Nothing earned in the last twelve months.</source>
        <translation>In den letzten zwölf Monaten nichts eingenommen.</translation>
    </message>
    <message>
        <source>Waiting (unconfirmed)</source>
        <translation>Ausstehend (unbestätigt)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>EarningsModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions used</source>
        <translation>Sitzungen genutzt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Net earned</source>
        <translation>Netto verdient</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>heading and currency</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>EarningsView</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Earnings per month</source>
        <translation>Einnahmen pro Monat</translation>
    </message>
    <message>
        <source>Earnings per bundle</source>
        <translation>Einnahmen pro Paket</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Export year as CSV…</source>
        <translation>Jahr als CSV exportieren…</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>Die letzten zwölf Monate</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Commission now %1 % of your share (Settings); every session keeps the rate it was counted at.</source>
        <translation>Provision derzeit %1 % Ihres Anteils (Einstellungen); jede Sitzung behält den Satz, mit dem sie gezählt wurde.</translation>
    </message>
    <message>
        <source>Export sessions and earnings</source>
        <translation>Sitzungen und Einnahmen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Sessions of %1 written to %2: %n.</source>
        <translation>
            <numerusform>Sitzungen von %1 nach %2 geschrieben: %n.</numerusform>
            <numerusform>Sitzungen von %1 nach %2 geschrieben: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Writes an .ics file that Outlook and Google Calendar import; importing it again updates the events instead of doubling them.</source>
        <translation>Schreibt eine .ics-Datei, die Outlook und Google Kalender importieren; ein erneuter Import aktualisiert die Termine, statt sie zu verdoppeln.</translation>
    </message>
    <message>
        <source>Booked sessions and free availability</source>
        <translation>Gebuchte Sitzungen und freie Verfügbarkeit</translation>
    </message>
    <message>
        <source>Booked sessions only (busy)</source>
        <translation>Nur gebuchte Sitzungen (belegt)</translation>
    </message>
    <message>
        <source>Free availability only</source>
        <translation>Nur freie Verfügbarkeit</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Anzahl der Tage</translation>
    </message>
    <message>
        <source>Hide mentee names (&quot;Mentoring session&quot;), for sharing</source>
        <translation>Namen der Mentees verbergen („Mentoring-Sitzung“), zum Teilen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>FlagList</name>
    <message>
        <source>Red flags</source>
        <translation>Warnsignale</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Mentee no-show</source>
        <translation>Mentee nicht erschienen</translation>
    </message>
    <message>
        <source>Mentor no-show</source>
        <translation>Mentor nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Intro</source>
        <translation>Kennenlernen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Intro session</source>
        <translation>Kennenlerngespräch</translation>
    </message>
    <message>
        <source>Paid session</source>
        <translation>Bezahlte Sitzung</translation>
    </message>
    <message>
        <source>intro session</source>
        <translation>Kennenlerngespräch</translation>
    </message>
    <message>
        <source>paid session</source>
        <translation>bezahlte Sitzung</translation>
    </message>
    <message>
        <source>Approved to continue</source>
        <translation>Fortsetzung genehmigt</translation>
    </message>
    <message>
        <source>Not continuing</source>
        <translation>Keine Fortsetzung</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 genutzt</translation>
    </message>
    <message>
        <source>, %1 booked</source>
        <translation>, %1 gebucht</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>date pattern</comment>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>date pattern</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>same time</source>
        <translation>gleiche Zeit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>mentee&apos;s time and city</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>mentee&apos;s time, weekday and city</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Auftakt</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Decision waiting</source>
        <translation>Entscheidung offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>in progress, ends in %1</source>
        <translation>läuft, endet in %1</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>beginnt in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Specific, measurable, achievable, relevant and time-bound: say what will be reached by when, and how it is measured.</source>
        <translation>Spezifisch, messbar, erreichbar, relevant und terminiert: sagen Sie, was bis wann erreicht wird und woran es gemessen wird.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Einheit %1</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Goal and indicators</source>
        <translation>Ziel und Indikatoren</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>not measured yet (target %1)</source>
        <translation>noch nicht gemessen (Ziel %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ImportedCalendarsDialog</name>
    <message>
        <source>Imported calendars</source>
        <translation>Importierte Kalender</translation>
    </message>
    <message>
        <source>Busy time from these calendars is never offered as free, and booking over it needs your consent. Importing the same file again replaces its busy times; another file is another calendar, even under the same name.</source>
        <translation>Belegte Zeit aus diesen Kalendern wird nie als frei angeboten, und eine Buchung darüber braucht Ihre Zustimmung. Ein erneuter Import derselben Datei ersetzt ihre belegten Zeiten; eine andere Datei ist ein anderer Kalender, auch unter demselben Namen.</translation>
    </message>
    <message>
        <source>Name of the selected calendar</source>
        <translation>Name des ausgewählten Kalenders</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Import calendar…</source>
        <translation>Kalender importieren…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected calendar&apos;s busy time</source>
        <translation>Belegte Zeit des ausgewählten Kalenders entfernen</translation>
    </message>
    <message>
        <source>No calendar imported yet.</source>
        <translation>Noch kein Kalender importiert.</translation>
    </message>
    <message>
        <source>no event ahead</source>
        <translation>kein kommender Termin</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächster %1</translation>
    </message>
</context>
<context>
    <name>InlineNotice</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message numerus="yes">
        <source>%n red flags</source>
        <translation>
            <numerusform>%n Warnsignal</numerusform>
            <numerusform>%n Warnsignale</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <source>No red flags</source>
        <translation>Keine Warnsignale</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <source>Pending invitations</source>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <source>Intro requests waiting for your decision</source>
        <translation>Kennenlern-Anfragen, die auf Ihre Entscheidung warten</translation>
    </message>
    <message>
        <source>A accept · R reject · ↑ ↓ move</source>
        <translation>A annehmen · R ablehnen · ↑ ↓ wechseln</translation>
    </message>
    <message>
        <source>No invitations waiting.
New intro requests arrive with the next platform export.</source>
        <translation>Keine Einladungen offen.
Neue Kennenlern-Anfragen kommen mit dem nächsten Plattform-Export.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>About the request</source>
        <translation>Zur Anfrage</translation>
    </message>
    <message>
        <source>Intro sessions this month</source>
        <translation>Kennenlerngespräche in diesem Monat</translation>
    </message>
    <message>
        <source>The mentee&apos;s form</source>
        <translation>Formular des Mentees</translation>
    </message>
    <message>
        <source>Other sessions with the mentee</source>
        <translation>Weitere Sitzungen mit dem Mentee</translation>
    </message>
    <message>
        <source>None: this would be your first session together.</source>
        <translation>Keine: Es wäre Ihre erste gemeinsame Sitzung.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>Accept and put it in your calendar (A)</source>
        <translation>Annehmen und in Ihren Kalender eintragen (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>Reject invitation</source>
        <translation>Einladung ablehnen</translation>
    </message>
    <message>
        <source>Reject with a reason (R)</source>
        <translation>Mit Begründung ablehnen (R)</translation>
    </message>
    <message>
        <source>Accept anyway</source>
        <translation>Trotzdem annehmen</translation>
    </message>
    <message>
        <source>Accept despite the busy time</source>
        <translation>Trotz belegter Zeit annehmen</translation>
    </message>
    <message>
        <source>Why Accept is not possible</source>
        <translation>Warum Annehmen nicht möglich ist</translation>
    </message>
    <message>
        <source>%1 of %2 intro sessions in %3, this one included</source>
        <translation>%1 von %2 Kennenlerngesprächen im %3, dieses mitgezählt</translation>
    </message>
    <message>
        <source>Red flags (%1)</source>
        <translation>Warnsignale (%1)</translation>
    </message>
    <message>
        <source>No red flags found</source>
        <translation>Keine Warnsignale gefunden</translation>
    </message>
    <message>
        <source>Other sessions with %1 (%2)</source>
        <translation>Weitere Sitzungen mit %1 (%2)</translation>
    </message>
    <message>
        <source>(%1 for the mentee)</source>
        <translation>(%1 beim Mentee)</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>angefragt %1</translation>
    </message>
    <message>
        <source>The mentee sent no form.</source>
        <translation>Der Mentee hat kein Formular geschickt.</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>(leer gelassen)</translation>
    </message>
    <message>
        <source>Accepted: %1, %2, is in your calendar. Undo is in the Edit menu until you write the outbox.</source>
        <translation>Angenommen: %1, %2, steht in Ihrem Kalender. Rückgängig machen können Sie es im Menü „Bearbeiten“, bis Sie den Postausgang schreiben.</translation>
    </message>
    <message>
        <source>Rejected the request from %1. Undo is in the Edit menu until you write the outbox.</source>
        <translation>Anfrage von %1 abgelehnt. Rückgängig machen können Sie es im Menü „Bearbeiten“, bis Sie den Postausgang schreiben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mentor Desk</source>
        <translation>Mentor Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Import platform export…</source>
        <translation>Plattform-Export &amp;importieren…</translation>
    </message>
    <message>
        <source>Write &amp;outbox…</source>
        <translation>P&amp;ostausgang schreiben…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>&amp;Beispieldaten laden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mentor Desk</source>
        <translation>Ü&amp;ber Mentor Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Offline · local data</source>
        <translation>Offline · lokale Daten</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Choose another calendar file</source>
        <translation>Andere Kalenderdatei wählen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Last export imported %1</source>
        <translation>Letzter Export importiert %1</translation>
    </message>
    <message>
        <source>No export imported yet</source>
        <translation>Noch kein Export importiert</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Postausgang: %n offen</numerusform>
            <numerusform>Postausgang: %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: nothing waiting</source>
        <translation>Postausgang: nichts offen</translation>
    </message>
    <message>
        <source>&amp;Undo %1 of %2</source>
        <translation>&amp;Rückgängig: %1 von %2</translation>
    </message>
    <message>
        <source>Undo %1 of %2</source>
        <translation>Rückgängig: %1 von %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>profile note</source>
        <translation>Profilnotiz</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Import platform export</source>
        <translation>Plattform-Export importieren</translation>
    </message>
    <message>
        <source>Platform export (*.json);;All files (*)</source>
        <translation>Plattform-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>The work could not be finished and nothing was changed.
%1</source>
        <translation>Der Vorgang konnte nicht abgeschlossen werden; nichts wurde geändert.
%1</translation>
    </message>
    <message>
        <source>Write outbox</source>
        <translation>Postausgang schreiben</translation>
    </message>
    <message>
        <source>Outbox (*.json)</source>
        <translation>Postausgang (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decisions to %1. Upload it to the platform.</source>
        <translation>
            <numerusform>%n Entscheidung in %1 geschrieben. Laden Sie die Datei auf die Plattform hoch.</numerusform>
            <numerusform>%n Entscheidungen in %1 geschrieben. Laden Sie die Datei auf die Plattform hoch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n decisions already in that file are kept in it.</source>
        <translation>
            <numerusform>Die bereits in der Datei stehende Entscheidung bleibt darin erhalten.</numerusform>
            <numerusform>Die %n bereits in der Datei stehenden Entscheidungen bleiben darin erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid %1 of %2.</source>
        <translation>%1 von %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Beispieldaten werden geladen…</translation>
    </message>
    <message>
        <source>Calendar file not updated: %1.</source>
        <translation>Kalenderdatei nicht aktualisiert: %1.</translation>
    </message>
    <message>
        <source>Your decisions are saved; only the calendar file is behind. Choose a folder you can write to, or stop keeping the file, in Settings.</source>
        <translation>Ihre Entscheidungen sind gespeichert; nur die Kalenderdatei ist nicht aktuell. Wählen Sie in den Einstellungen einen beschreibbaren Ordner, oder führen Sie die Datei nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Mentor Desk opens platform exports (.json) and calendars (.ics), not %1.</source>
        <translation>Mentor Desk öffnet Plattform-Exporte (.json) und Kalender (.ics), nicht %1.</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Please wait until the import has finished.</source>
        <translation>Bitte warten Sie, bis der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
    <message>
        <source>Details were written to %1.</source>
        <translation>Die Details stehen in %1.</translation>
    </message>
    <message>
        <source>Your data is safe; the last action may not have been saved.</source>
        <translation>Ihre Daten sind sicher; die letzte Aktion wurde möglicherweise nicht gespeichert.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Choose another one with --db PATH, or see the log file.</source>
        <translation>Wählen Sie mit --db PATH eine andere oder sehen Sie in die Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>MenteeListModel</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Intro decision</source>
        <translation>Entscheidung nach Intro</translation>
    </message>
    <message>
        <source>%1 (set)</source>
        <translation>%1 (gesetzt)</translation>
    </message>
    <message>
        <source>Set by you; the sessions suggest %1</source>
        <translation>Von Ihnen gesetzt; die Sitzungen legen %1 nahe</translation>
    </message>
    <message>
        <source>As the sessions suggest</source>
        <translation>Wie die Sitzungen nahelegen</translation>
    </message>
</context>
<context>
    <name>MenteeListView</name>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Search names, e-mails and the journal</source>
        <translation>Namen, E-Mails und Journal durchsuchen</translation>
    </message>
    <message>
        <source>Search mentees</source>
        <translation>Mentees suchen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <source>Number of mentees shown</source>
        <translation>Anzahl der angezeigten Mentees</translation>
    </message>
    <message numerus="yes">
        <source>Mentees: %n</source>
        <translation>
            <numerusform>Mentees: %n</numerusform>
            <numerusform>Mentees: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 mentees</source>
        <translation>%1 von %2 Mentees</translation>
    </message>
</context>
<context>
    <name>MenteesPage</name>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Freier Tag: %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the session</source>
        <translation>Notiz zur Sitzung</translation>
    </message>
    <message>
        <source>%1 with %2
%3</source>
        <translation>%1 mit %2
%3</translation>
    </message>
    <message>
        <source>What was discussed, the next steps agreed. Plain text; it stays on this computer (never in the outbox or a calendar).</source>
        <translation>Was besprochen wurde, die vereinbarten nächsten Schritte. Reiner Text; er bleibt auf diesem Computer (nie im Postausgang oder in einem Kalender).</translation>
    </message>
    <message>
        <source>- what we discussed
- next steps</source>
        <translation>- was wir besprochen haben
- nächste Schritte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Notes, newest session first</source>
        <translation>Notizen, neueste Sitzung zuerst</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>The mentee&apos;s sessions</source>
        <translation>Sitzungen des Mentees</translation>
    </message>
    <message>
        <source>Note on session…</source>
        <translation>Notiz zur Sitzung…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Notes on sessions</source>
        <translation>Notizen zu Sitzungen</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Neues Ziel…</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Fortschritt…</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Fortschritt erfassen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Who they are, what they want, how they like to work</source>
        <translation>Wer sie sind, was sie wollen, wie sie gern arbeiten</translation>
    </message>
    <message>
        <source>Profile note</source>
        <translation>Profilnotiz</translation>
    </message>
    <message>
        <source>Save profile note</source>
        <translation>Profilnotiz speichern</translation>
    </message>
    <message>
        <source>No mentee chosen</source>
        <translation>Kein Mentee gewählt</translation>
    </message>
    <message>
        <source>their time %1</source>
        <translation>dort %1</translation>
    </message>
    <message numerus="yes">
        <source>sessions held: %n</source>
        <translation>
            <numerusform>Sitzungen stattgefunden: %n</numerusform>
            <numerusform>Sitzungen stattgefunden: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächste %1</translation>
    </message>
    <message>
        <source>As the sessions suggest (%1)</source>
        <translation>Wie die Sitzungen nahelegen (%1)</translation>
    </message>
    <message>
        <source>No bundle bought yet.</source>
        <translation>Noch kein Paket gekauft.</translation>
    </message>
    <message>
        <source>bought %1</source>
        <translation>gekauft %1</translation>
    </message>
    <message>
        <source>Goal removed. Edit &gt; Undo brings it back.</source>
        <translation>Ziel entfernt. Bearbeiten &gt; Rückgängig holt es zurück.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>Fortschritt erfassen</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (Ziel %2)</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Wert jetzt</translation>
    </message>
    <message>
        <source>At session</source>
        <translation>Bei Sitzung</translation>
    </message>
    <message>
        <source>Between sessions (today)</source>
        <translation>Zwischen Sitzungen (heute)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Other…</source>
        <translation>Anderer…</translation>
    </message>
    <message>
        <source>Reason in your own words</source>
        <translation>Grund in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>Your reason (required)</source>
        <translation>Ihr Grund (erforderlich)</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>Pick a reason or write one</source>
        <translation>Wählen Sie einen Grund oder schreiben Sie einen</translation>
    </message>
    <message>
        <source>Pick a reason above, or write your own</source>
        <translation>Wählen Sie oben einen Grund oder schreiben Sie Ihren eigenen</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject invitation</source>
        <translation>Einladung ablehnen</translation>
    </message>
    <message>
        <source>Why do you reject the intro request from %1?</source>
        <translation>Warum lehnen Sie die Kennenlern-Anfrage von %1 ab?</translation>
    </message>
    <message>
        <source>The reason goes to the platform with your decision.</source>
        <translation>Der Grund geht mit Ihrer Entscheidung an die Plattform.</translation>
    </message>
    <message>
        <source>Form looks like spam</source>
        <translation>Formular sieht nach Spam aus</translation>
    </message>
    <message>
        <source>Not enough information in the form</source>
        <translation>Zu wenig Angaben im Formular</translation>
    </message>
    <message>
        <source>Outside my expertise</source>
        <translation>Außerhalb meines Fachgebiets</translation>
    </message>
    <message>
        <source>Schedule conflict</source>
        <translation>Terminüberschneidung</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>With %1 at %2</source>
        <translation>Mit %1 am %2</translation>
    </message>
    <message>
        <source>Sessions to confirm</source>
        <translation>Zu bestätigende Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n finished sessions wait for your confirmation; bundles and payments depend on it.</source>
        <translation>
            <numerusform>%n beendete Sitzung wartet auf Ihre Bestätigung; Pakete und Zahlungen hängen davon ab.</numerusform>
            <numerusform>%n beendete Sitzungen warten auf Ihre Bestätigung; Pakete und Zahlungen hängen davon ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConflictsDialog</name>
    <message>
        <source>Calendar server: changed there</source>
        <translation>Kalenderserver: dort geändert</translation>
    </message>
    <message>
        <source>These events were changed on your calendar server after Mentor Desk sent them. Nothing was overwritten: choose which version stays.</source>
        <translation>Diese Termine wurden auf Ihrem Kalenderserver geändert, nachdem Mentor Desk sie gesendet hatte. Nichts wurde überschrieben: Wählen Sie, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>Events changed on the server</source>
        <translation>Auf dem Server geänderte Termine</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Fassung des Servers behalten</translation>
    </message>
    <message>
        <source>Keep Mentor Desk&apos;s</source>
        <translation>Fassung von Mentor Desk behalten</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Mentor Desk would delete it; the server has: %1
(withdrawn here: %2)</source>
        <translation>Mentor Desk würde ihn löschen; der Server hat: %1
(hier zurückgezogen: %2)</translation>
    </message>
    <message>
        <source>Mentor Desk has: %1
Server: %2</source>
        <translation>Mentor Desk hat: %1
Server: %2</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>No note yet. Note… writes one; it stays on this computer.</source>
        <translation>Noch keine Notiz. „Notiz…“ schreibt eine; sie bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Session with %1</source>
        <translation>Sitzung mit %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Answers to the request form</source>
        <translation>Antworten im Anfrageformular</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>History of your actions</source>
        <translation>Verlauf Ihrer Aktionen</translation>
    </message>
    <message>
        <source>Nothing done in Mentor Desk yet: this session is as the platform&apos;s export had it.</source>
        <translation>In Mentor Desk wurde noch nichts getan: Diese Sitzung ist so, wie der Export der Plattform sie enthielt.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <source>Mentee&apos;s time</source>
        <translation>Zeit des Mentees</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Not yet confirmed: booked here as %1, not yet in an export</source>
        <translation>Noch nicht bestätigt: hier gebucht als %1, noch in keinem Export</translation>
    </message>
    <message>
        <source>Confirmed (booked here as %1)</source>
        <translation>Bestätigt (hier gebucht als %1)</translation>
    </message>
    <message>
        <source>not known (no time zone in the mentee&apos;s profile)</source>
        <translation>unbekannt (keine Zeitzone im Profil des Mentees)</translation>
    </message>
    <message>
        <source>not known (%1 is not a time zone)</source>
        <translation>unbekannt (%1 ist keine Zeitzone)</translation>
    </message>
    <message>
        <source>the same as yours (%1)</source>
        <translation>wie Ihre (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>History of actions</source>
        <translation>Aktionsverlauf</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentee&apos;s time</source>
        <translation>Zeit des Mentees</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Search names, e-mails, forms, reasons, ids</source>
        <translation>Namen, E-Mails, Formulare, Gründe, IDs durchsuchen</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Sitzungsart</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>All mentees</source>
        <translation>Alle Mentees</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Zwischen zwei Daten</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation>Anzahl angezeigter Sitzungen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Details of the selected session</source>
        <translation>Details der ausgewählten Sitzung</translation>
    </message>
    <message>
        <source>Double-click a session, or press Enter, for its details and history. Click a column title to sort; right-click it to choose columns.</source>
        <translation>Doppelklicken Sie auf eine Sitzung oder drücken Sie die Eingabetaste, um Details und Verlauf zu sehen. Klicken Sie auf einen Spaltentitel, um zu sortieren; mit einem Rechtsklick wählen Sie die Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sessions</source>
        <translation>
            <numerusform>%1 von %2 Sitzung</numerusform>
            <numerusform>%1 von %2 Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sessions</source>
        <translation>
            <numerusform>%1 Sitzung</numerusform>
            <numerusform>%1 Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation>Keine Sitzung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No sessions yet.
Import the platform&apos;s export to see your history.</source>
        <translation>Noch keine Sitzungen.
Importieren Sie den Export der Plattform, um Ihren Verlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>SessionsTableModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Nach „%1“ sortieren</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 · not yet on the platform</source>
        <translation>%1 · noch nicht auf der Plattform</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Endet %1</translation>
    </message>
    <message>
        <source>%1 of %2 sessions used</source>
        <translation>%1 von %2 Sitzungen genutzt</translation>
    </message>
    <message>
        <source>Booked here as %1; no export from the platform has confirmed it yet</source>
        <translation>Hier gebucht als %1; noch kein Export der Plattform hat sie bestätigt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your own time zone</source>
        <translation>Ihre eigene Zeitzone</translation>
    </message>
    <message>
        <source>As in the platform export (%1)</source>
        <translation>Wie im Plattform-Export (%1)</translation>
    </message>
    <message>
        <source>Where you live: your weekly availability is wall-clock time here, days off are its days, and the monthly intro limit counts its months.</source>
        <translation>Wo Sie leben: Ihre wöchentliche Verfügbarkeit gilt in der Ortszeit dort, freie Tage sind Tage dort, und das monatliche Limit für Kennenlerngespräche zählt dortige Monate.</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Zeiten anzeigen in</translation>
    </message>
    <message>
        <source>Your own time zone (%1)</source>
        <translation>Ihre eigene Zeitzone (%1)</translation>
    </message>
    <message>
        <source>Only how times read, e.g. while you travel: your availability, days off and the intro limit stay in your own time zone.</source>
        <translation>Nur wie Zeiten angezeigt werden, z. B. auf Reisen: Ihre Verfügbarkeit, freie Tage und das Kennenlern-Limit bleiben in Ihrer eigenen Zeitzone.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Mentor Desk.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Mentor Desk.</translation>
    </message>
    <message>
        <source>Remind me before sessions and of unconfirmed ones</source>
        <translation>Mich vor Sitzungen und an unbestätigte erinnern</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> Minuten vorher</translation>
    </message>
    <message>
        <source>Reminder lead time</source>
        <translation>Vorlaufzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Folder for platform exports</source>
        <translation>Ordner für Plattform-Exporte</translation>
    </message>
    <message>
        <source>Folder for outbox files</source>
        <translation>Ordner für Postausgangsdateien</translation>
    </message>
    <message>
        <source>Keep a calendar file up to date</source>
        <translation>Eine Kalenderdatei aktuell halten</translation>
    </message>
    <message>
        <source>After every change Mentor Desk rewrites this .ics file; put it in a folder that OneDrive, Dropbox or Google Drive syncs and subscribe to it from your calendar.</source>
        <translation>Nach jeder Änderung schreibt Mentor Desk diese .ics-Datei neu; legen Sie sie in einen Ordner, den OneDrive, Dropbox oder Google Drive synchronisiert, und abonnieren Sie sie in Ihrem Kalender.</translation>
    </message>
    <message>
        <source>Calendar file kept up to date</source>
        <translation>Aktuell gehaltene Kalenderdatei</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Hide mentee names in this file</source>
        <translation>Namen der Mentees in dieser Datei verbergen</translation>
    </message>
    <message>
        <source>Events say &quot;Mentoring session&quot; instead of the type and the mentee&apos;s name: for a file in a shared or cloud-synced folder.</source>
        <translation>Termine heißen „Mentoring-Sitzung“ statt Art und Name des Mentees: für eine Datei in einem geteilten oder per Cloud synchronisierten Ordner.</translation>
    </message>
    <message>
        <source>Platform commission in percent</source>
        <translation>Plattformprovision in Prozent</translation>
    </message>
    <message>
        <source>Taken from your share of each held paid session counted from now on; sessions already counted keep the rate they were counted at.</source>
        <translation>Wird von Ihrem Anteil an jeder ab jetzt gezählten bezahlten Sitzung abgezogen; bereits gezählte Sitzungen behalten ihren Satz.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Exports from</source>
        <translation>Exporte aus</translation>
    </message>
    <message>
        <source>Outbox files to</source>
        <translation>Postausgang nach</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>Commission (%)</source>
        <translation>Provision (%)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Calendar server</source>
        <translation>Kalenderserver</translation>
    </message>
    <message>
        <source>There is no system keyring here: the calendar server&apos;s password is kept until Mentor Desk quits, and asked for once at the next start.</source>
        <translation>Hier gibt es keinen System-Schlüsselbund: Das Passwort des Kalenderservers bleibt gespeichert, bis Mentor Desk beendet wird, und wird beim nächsten Start einmal abgefragt.</translation>
    </message>
</context>
<context>
    <name>SlotPreviewModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Intro slots</source>
        <translation>Kennenlern-Termine</translation>
    </message>
    <message>
        <source>Paid slots</source>
        <translation>Bezahlte Termine</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Freier Tag</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>Upcoming sessions</source>
        <translation>Anstehende Sitzungen</translation>
    </message>
    <message>
        <source>Sessions starting in the next %1</source>
        <translation>Sitzungen, die in den nächsten %1 beginnen</translation>
    </message>
    <message>
        <source>Nothing in the next %1.
New sessions appear here once you accept invitations.</source>
        <translation>Nichts in den nächsten %1.
Neue Sitzungen erscheinen hier, sobald Sie Einladungen annehmen.</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Sitzung absagen…</translation>
    </message>
    <message>
        <source>Cancel the selected session</source>
        <translation>Die ausgewählte Sitzung absagen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Cancelled. Undo is in the Edit menu until you write the outbox.</source>
        <translation>Abgesagt. Rückgängig machen können Sie es im Menü „Bearbeiten“, bis Sie den Postausgang schreiben.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mentor Desk</source>
        <translation>Willkommen bei Mentor Desk</translation>
    </message>
    <message>
        <source>Your sessions, invitations and availability live here, on this computer, and work offline.

Start by importing the export file from the mentorship platform, or look around with sample data first.</source>
        <translation>Ihre Sitzungen, Einladungen und Verfügbarkeit liegen hier, auf diesem Computer, und funktionieren offline.

Importieren Sie zuerst die Exportdatei der Mentoring-Plattform, oder sehen Sie sich vorher mit Beispieldaten um.</translation>
    </message>
    <message>
        <source>Import platform export…</source>
        <translation>Plattform-Export importieren…</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Tip: you can also drop an export (.json) or a calendar (.ics) onto this window.</source>
        <translation>Tipp: Sie können einen Export (.json) oder einen Kalender (.ics) auch auf dieses Fenster ziehen.</translation>
    </message>
</context>
<context>
    <name>WindowsTableModel</name>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Intro sessions must be booked at least {hours} ahead; this one starts in {span}.</source>
        <translation>Einführungsgespräche müssen mindestens {hours} im Voraus gebucht werden; dieses beginnt in {span}.</translation>
    </message>
    <message>
        <source>Intro sessions can be booked at most {days} ahead; this one starts in {span}.</source>
        <translation>Einführungsgespräche können bis zu {days} im Voraus gebucht werden; dieses beginnt in {span}.</translation>
    </message>
    <message>
        <source>A mentee may have at most {limit} intro sessions per calendar month; {mentee} already has {count} in {month}.</source>
        <translation>Ein Mentee darf höchstens {limit} Einführungsgespräche pro Kalendermonat haben; {mentee} hat im {month} schon {count}.</translation>
    </message>
    <message>
        <source>Paid sessions need an active bundle with sessions left; {mentee} has {detail}.</source>
        <translation>Bezahlte Sitzungen brauchen ein aktives Paket mit freien Sitzungen; {mentee} hat {detail}.</translation>
    </message>
    <message>
        <source>{when} is outside your intro availability ({windows}).</source>
        <translation>{when} liegt außerhalb Ihrer Verfügbarkeit für Einführungsgespräche ({windows}).</translation>
    </message>
    <message>
        <source>{when} is outside your paid availability ({windows}).</source>
        <translation>{when} liegt außerhalb Ihrer Verfügbarkeit für bezahlte Sitzungen ({windows}).</translation>
    </message>
    <message>
        <source>{day} is one of your days off.</source>
        <translation>{day} ist einer Ihrer freien Tage.</translation>
    </message>
    <message>
        <source>This would overlap session {id} ({mentee}, {type}, {start}–{end} on {day}); a mentor never has two sessions at once.</source>
        <translation>Das würde sich mit Sitzung {id} überschneiden ({mentee}, {type}, {start}–{end} am {day}); ein Mentor hat nie zwei Sitzungen zugleich.</translation>
    </message>
    <message>
        <source>This overlaps busy time in your calendar: {busy}; it can be booked anyway only with your consent.</source>
        <translation>Das überschneidet sich mit einem belegten Termin in Ihrem Kalender: {busy}; es kann nur mit Ihrer Zustimmung trotzdem gebucht werden.</translation>
    </message>
    <message>
        <source>Sessions can be cancelled only at least {hours} before they start; this one starts in {span}.</source>
        <translation>Sitzungen können nur mindestens {hours} vor Beginn abgesagt werden; diese beginnt in {span}.</translation>
    </message>
    <message>
        <source>Session {id} has already started; it can no longer be cancelled.</source>
        <translation>Sitzung {id} hat schon begonnen; sie kann nicht mehr abgesagt werden.</translation>
    </message>
    <message>
        <source>A reason is required to reject a session.</source>
        <translation>Zum Ablehnen einer Sitzung ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>A reason is required to cancel a session.</source>
        <translation>Zum Absagen einer Sitzung ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>A reason can be at most {max} characters; this one has {chars}.</source>
        <translation>Eine Begründung darf höchstens {max} Zeichen lang sein; diese hat {chars}.</translation>
    </message>
    <message>
        <source>This request has expired: it was to start {ago}; it can no longer be accepted.</source>
        <translation>Diese Anfrage ist abgelaufen: Sie sollte {ago} beginnen; sie kann nicht mehr angenommen werden.</translation>
    </message>
    <message>
        <source>Session {id} is {status}; it cannot be accepted.</source>
        <translation>Sitzung {id} ist im Status „{status}“; sie kann nicht angenommen werden.</translation>
    </message>
    <message>
        <source>Session {id} is {status}; it cannot be rejected.</source>
        <translation>Sitzung {id} ist im Status „{status}“; sie kann nicht abgelehnt werden.</translation>
    </message>
    <message>
        <source>Session {id} is {status}; it cannot be cancelled.</source>
        <translation>Sitzung {id} ist im Status „{status}“; sie kann nicht abgesagt werden.</translation>
    </message>
    <message>
        <source>Session {id} is {status}; it cannot be confirmed.</source>
        <translation>Sitzung {id} ist im Status „{status}“; sie kann nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>A session can be confirmed only after it has ended; this one ends in {span}.</source>
        <translation>Eine Sitzung kann erst nach ihrem Ende bestätigt werden; diese endet in {span}.</translation>
    </message>
    <message>
        <source>An intro session needs a decision as well: approve or reject continuation.</source>
        <translation>Ein Einführungsgespräch braucht auch eine Entscheidung: Fortsetzung zustimmen oder ablehnen.</translation>
    </message>
    <message>
        <source>Only intro sessions take a decision; {id} is a paid session.</source>
        <translation>Nur Einführungsgespräche brauchen eine Entscheidung; {id} ist eine bezahlte Sitzung.</translation>
    </message>
    <message>
        <source>Session {id} was already confirmed ({status}).</source>
        <translation>Sitzung {id} wurde bereits bestätigt ({status}).</translation>
    </message>
    <message>
        <source>{when} has already passed.</source>
        <translation>{when} ist schon vorbei.</translation>
    </message>
    <message>
        <source>Paid sessions last between {min} and {max} minutes; {minutes} was asked.</source>
        <translation>Bezahlte Sitzungen dauern zwischen {min} und {max} Minuten; gewünscht waren {minutes}.</translation>
    </message>
    <message>
        <source>An availability window must end after it starts ({start}–{end}).</source>
        <translation>Ein Verfügbarkeitsfenster muss nach seinem Beginn enden ({start}–{end}).</translation>
    </message>
    <message>
        <source>This window overlaps your intro window {other}.</source>
        <translation>Dieses Fenster überschneidet sich mit Ihrem Fenster für Einführungsgespräche am {other}.</translation>
    </message>
    <message>
        <source>This window overlaps your paid window {other}.</source>
        <translation>Dieses Fenster überschneidet sich mit Ihrem Fenster für bezahlte Sitzungen am {other}.</translation>
    </message>
    <message>
        <source>There is no decision left to undo (decisions already written to an outbox are final).</source>
        <translation>Es gibt keine Entscheidung mehr, die sich rückgängig machen ließe (Entscheidungen, die schon in einem Postausgang stehen, sind endgültig).</translation>
    </message>
    <message>
        <source>The database already holds sessions; sample data goes only into an empty database.</source>
        <translation>Die Datenbank enthält bereits Sitzungen; Beispieldaten kommen nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>{path} already exists and is not an outbox of yours; choose another file name.</source>
        <translation>{path} gibt es schon, und es ist keiner Ihrer Postausgänge; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Import a platform export first: the outbox needs your mentor id from it.</source>
        <translation>Importieren Sie zuerst einen Export der Plattform: Der Postausgang braucht Ihre Mentor-ID daraus.</translation>
    </message>
    <message>
        <source>{zone} is not a known time zone.</source>
        <translation>{zone} ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Another imported calendar is already called {name}; choose another name.</source>
        <translation>Ein anderer importierter Kalender heißt schon {name}; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>An imported calendar needs a name.</source>
        <translation>Ein importierter Kalender braucht einen Namen.</translation>
    </message>
    <message>
        <source>No calendar server is set up (File &gt; Settings… &gt; Calendar server).</source>
        <translation>Es ist kein Kalenderserver eingerichtet (Datei &gt; Einstellungen… &gt; Kalenderserver).</translation>
    </message>
    <message>
        <source>The calendar server has no calendar {name}; it has {names}.</source>
        <translation>Der Kalenderserver hat keinen Kalender {name}; er hat {names}.</translation>
    </message>
    <message>
        <source>No event {uid} waits for your choice.</source>
        <translation>Kein Termin {uid} wartet auf Ihre Wahl.</translation>
    </message>
    <message>
        <source>A note can be at most {max} characters; this one has {chars}.</source>
        <translation>Eine Notiz darf höchstens {max} Zeichen lang sein; diese hat {chars}.</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
    <message>
        <source>A goal can be at most {max} characters; this one has {chars}.</source>
        <translation>Ein Ziel darf höchstens {max} Zeichen lang sein; dieses hat {chars}.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Ein Indikator braucht einen Namen.</translation>
    </message>
    <message>
        <source>{stage} is not a stage; the stages are {stages}.</source>
        <translation>{stage} ist keine Phase; die Phasen sind {stages}.</translation>
    </message>
    <message>
        <source>The commission must lie between 0 and {max} %; {percent} % was asked.</source>
        <translation>Die Provision muss zwischen 0 und {max} % liegen; gewünscht waren {percent} %.</translation>
    </message>
    <message>
        <source>Session {id} is not one of {mentee}&apos;s sessions.</source>
        <translation>Sitzung {id} gehört nicht zu den Sitzungen von {mentee}.</translation>
    </message>
    <message>
        <source>The progress must be a number; {value} is not.</source>
        <translation>Der Fortschritt muss eine Zahl sein; {value} ist keine.</translation>
    </message>
    <message>
        <source>A target must be a number; {value} is not.</source>
        <translation>Ein Zielwert muss eine Zahl sein; {value} ist keine.</translation>
    </message>
    <message>
        <source>The commission must be a number; {value} is not.</source>
        <translation>Die Provision muss eine Zahl sein; {value} ist keine.</translation>
    </message>
    <message>
        <source>There is no session {id} here.</source>
        <translation>Hier gibt es keine Sitzung {id}.</translation>
    </message>
    <message>
        <source>There is no mentee {id} here.</source>
        <translation>Hier gibt es keinen Mentee {id}.</translation>
    </message>
    <message>
        <source>There is no bundle {id} here.</source>
        <translation>Hier gibt es kein Paket {id}.</translation>
    </message>
    <message>
        <source>There is no file {id}.</source>
        <translation>Die Datei {id} gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no availability window {id}.</source>
        <translation>Das Verfügbarkeitsfenster {id} gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no day off on {id}.</source>
        <translation>Am {id} ist kein freier Tag eingetragen.</translation>
    </message>
    <message>
        <source>There is no imported calendar {id}.</source>
        <translation>Den importierten Kalender {id} gibt es nicht.</translation>
    </message>
    <message>
        <source>{host} refused access (403 Forbidden).</source>
        <translation>{host} hat den Zugriff verweigert (403 Forbidden).</translation>
    </message>
    <message>
        <source>{host} refused the user name or password (401 Unauthorized).</source>
        <translation>{host} hat den Benutzernamen oder das Passwort abgelehnt (401 Unauthorized).</translation>
    </message>
    <message>
        <source>{host} asks to wait (too many requests).</source>
        <translation>{host} bittet zu warten (zu viele Anfragen).</translation>
    </message>
    <message>
        <source>{host} refused the request: {why}</source>
        <translation>{host} hat die Anfrage abgelehnt: {why}</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {why}</source>
        <translation>{host} ist nicht erreichbar: {why}</translation>
    </message>
    <message>
        <source>{host}: {why}</source>
        <translation>{host}: {why}</translation>
    </message>
    <message>
        <source>{host} is not a calendar server address: {why}</source>
        <translation>{host} ist keine Adresse eines Kalenderservers: {why}</translation>
    </message>
    <message>
        <source>The password of {why} on {host} is not kept on this computer (there is no system keyring): give it when asked.</source>
        <translation>Das Passwort von {why} auf {host} ist auf diesem Computer nicht gespeichert (es gibt keinen Schlüsselbund des Systems): Geben Sie es ein, wenn danach gefragt wird.</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>Leere Antwort</translation>
    </message>
    <message>
        <source>One-word answer</source>
        <translation>Antwort aus einem Wort</translation>
    </message>
    <message>
        <source>Name looks made up</source>
        <translation>Name wirkt erfunden</translation>
    </message>
    <message>
        <source>Throw-away e-mail address</source>
        <translation>Wegwerf-E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Shortened link</source>
        <translation>Gekürzter Link</translation>
    </message>
    <message>
        <source>Unexpected link</source>
        <translation>Unerwarteter Link</translation>
    </message>
    <message>
        <source>Money or click-bait wording</source>
        <translation>Geld- oder Lockvokabular</translation>
    </message>
    <message>
        <source>Clashes with your busy time</source>
        <translation>Überschneidet sich mit belegter Zeit</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; was left empty. A mentee who wants a mentor usually says something here.</source>
        <translation>„{question}“ wurde leer gelassen. Wer einen Mentor sucht, schreibt hier meist etwas.</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; was left empty (only &quot;{answer}&quot;). A mentee who wants a mentor usually says something here.</source>
        <translation>„{question}“ wurde leer gelassen (nur „{answer}“). Wer einen Mentor sucht, schreibt hier meist etwas.</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; was answered with one word: &quot;{answer}&quot;. That is too little to prepare an intro session from.</source>
        <translation>„{question}“ wurde mit einem Wort beantwortet: „{answer}“. Das ist zu wenig, um ein Einführungsgespräch vorzubereiten.</translation>
    </message>
    <message>
        <source>The name &quot;{name}&quot; looks made up: {signs}.</source>
        <translation>Der Name „{name}“ wirkt erfunden: {signs}.</translation>
    </message>
    <message>
        <source>{email} is at {domain}, a service for disposable addresses that stop working after a few minutes or days.</source>
        <translation>{email} liegt bei {domain}, einem Dienst für Wegwerfadressen, die nach wenigen Minuten oder Tagen nicht mehr funktionieren.</translation>
    </message>
    <message>
        <source>The form contains {links}, a shortened link that hides where it leads; spam uses them to get past filters.</source>
        <translation>Das Formular enthält {links}, einen gekürzten Link, der verbirgt, wohin er führt; Spam nutzt solche Links, um an Filtern vorbeizukommen.</translation>
    </message>
    <message>
        <source>The answer to &quot;{question}&quot; links to {host} ({link}){more}. Check where it leads before opening it.</source>
        <translation>Die Antwort auf „{question}“ verweist auf {host} ({link}){more}. Prüfen Sie das Ziel, bevor Sie ihn öffnen.</translation>
    </message>
    <message>
        <source>The form uses wording typical of spam: {words}.</source>
        <translation>Das Formular nutzt für Spam typische Wörter: {words}.</translation>
    </message>
    <message>
        <source>The session overlaps busy time in your calendar: {busy}.</source>
        <translation>Die Sitzung überschneidet sich mit belegter Zeit in Ihrem Kalender: {busy}.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it contains digits</source>
        <translation>er enthält Ziffern</translation>
    </message>
    <message>
        <source>it has no letters</source>
        <translation>er hat keine Buchstaben</translation>
    </message>
    <message>
        <source>it uses a placeholder word ({0})</source>
        <translation>er nutzt ein Platzhalterwort ({0})</translation>
    </message>
    <message>
        <source>it is a well-known placeholder name</source>
        <translation>er ist ein bekannter Platzhaltername</translation>
    </message>
    <message>
        <source>it is only single letters</source>
        <translation>er besteht nur aus einzelnen Buchstaben</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is one letter repeated</source>
        <translation>„{0}“ ist ein wiederholter Buchstabe</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; runs along the keyboard ({1})</source>
        <translation>„{0}“ läuft die Tastatur entlang ({1})</translation>
    </message>
    <message>
        <source>it has no vowels</source>
        <translation>er hat keine Vokale</translation>
    </message>
    <message>
        <source>the past (%1)</source>
        <translation>der Vergangenheit (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>a busy event</source>
        <translation>ein belegter Termin</translation>
    </message>
    <message>
        <source>all day on %1</source>
        <translation>ganztägig am %1</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>day, start, end</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>start, end</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>busy event, when</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <comment>busy event, calendar</comment>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>bundle {id}: {used} of {total} used, {booked} booked</source>
        <translation>Paket {id}: {used} von {total} genutzt, {booked} gebucht</translation>
    </message>
    <message>
        <source>{id} is {status}</source>
        <translation>{id} ist „{status}“</translation>
    </message>
    <message>
        <source>no active bundle ({bundles})</source>
        <translation>kein aktives Paket ({bundles})</translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation>kein Paket</translation>
    </message>
    <message>
        <source>none on {weekday}</source>
        <translation>keine am {weekday}</translation>
    </message>
    <message>
        <source>{weekday}: {windows}</source>
        <translation>{weekday}: {windows}</translation>
    </message>
    <message>
        <source>{start}–{end} on {day}</source>
        <translation>{start}–{end} am {day}</translation>
    </message>
    <message>
        <source>{weekday} {start}–{end}</source>
        <translation>{weekday} {start}–{end}</translation>
    </message>
    <message numerus="yes">
        <source>The database is busy: another Mentor Desk (perhaps an import) has been writing to it for over %n seconds; nothing was changed, try again in a moment.</source>
        <translation>
            <numerusform>Die Datenbank ist belegt: Ein anderes Mentor Desk (vielleicht ein Import) schreibt seit über %n Sekunde hinein; nichts wurde geändert, versuchen Sie es gleich noch einmal.</numerusform>
            <numerusform>Die Datenbank ist belegt: Ein anderes Mentor Desk (vielleicht ein Import) schreibt seit über %n Sekunden hinein; nichts wurde geändert, versuchen Sie es gleich noch einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problems; nothing was changed.</source>
        <translation>
            <numerusform>%1 wurde nicht importiert: %n Problem; nichts wurde geändert.</numerusform>
            <numerusform>%1 wurde nicht importiert: %n Probleme; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
</TS>
