<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mentor Desk</source>
        <translation>حول Mentor Desk</translation>
    </message>
    <message>
        <source>Mentor Desk</source>
        <translation>Mentor Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Your mentoring sessions, invitations and calendar, on this computer and offline.</source>
        <translation>جلسات الإرشاد والدعوات والتقويم، على هذا الحاسوب ودون اتصال.</translation>
    </message>
    <message>
        <source>Free software under the %1 licence.</source>
        <translation>برنامج حر بموجب رخصة %1.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>الإعدادات:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>The data is on a database server.</source>
        <translation>البيانات على خادم قاعدة بيانات.</translation>
    </message>
</context>
<context>
    <name>ActionHistoryModel</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Request entered</source>
        <translation>أُدخل الطلب</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع عنه</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>أُرسل %1</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>لم يُرسل بعد</translation>
    </message>
</context>
<context>
    <name>AgendaLegend</name>
    <message>
        <source>Legend</source>
        <translation>دليل الألوان</translation>
    </message>
    <message>
        <source>Intro session</source>
        <translation>جلسة تعارف</translation>
    </message>
    <message>
        <source>Paid session</source>
        <translation>جلسة مدفوعة</translation>
    </message>
    <message>
        <source>Requested, awaiting your answer</source>
        <translation>مطلوبة، بانتظار ردّك</translation>
    </message>
    <message>
        <source>Free for intro sessions</source>
        <translation>متاح لجلسات التعارف</translation>
    </message>
    <message>
        <source>Free for paid sessions</source>
        <translation>متاح للجلسات المدفوعة</translation>
    </message>
    <message>
        <source>Busy in your own calendar</source>
        <translation>مشغول في تقويمك الخاص</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>يوم إجازة</translation>
    </message>
</context>
<context>
    <name>AgendaSource</name>
    <message>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>يوم إجازة</translation>
    </message>
    <message>
        <source>Free for intro</source>
        <translation>متاح للتعارف</translation>
    </message>
    <message>
        <source>Free for paid</source>
        <translation>متاح للمدفوعة</translation>
    </message>
</context>
<context>
    <name>AgendaWidget</name>
    <message>
        <source>Agenda</source>
        <translation>جدول المواعيد</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>لا جلسات</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>يوم إجازة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n-hour day</source>
        <translation>
            <numerusform>يوم من %n ساعة</numerusform>
            <numerusform>يوم من ساعة واحدة</numerusform>
            <numerusform>يوم من ساعتين</numerusform>
            <numerusform>يوم من %n ساعات</numerusform>
            <numerusform>يوم من %n ساعة</numerusform>
            <numerusform>يوم من %n ساعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityPage</name>
    <message>
        <source>Weekly availability windows</source>
        <translation>فترات الإتاحة الأسبوعية</translation>
    </message>
    <message>
        <source>No weekly windows yet: mentees can book nothing until you add one.</source>
        <translation>لا فترات أسبوعية بعد: لا يمكن للمتدرّبين حجز أي شيء حتى تضيف فترة.</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>نوع الجلسة</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>00:00 means midnight at the end of the day</source>
        <translation>00:00 تعني منتصف الليل في نهاية اليوم</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>إضافة فترة</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <source>Remove selected windows</source>
        <translation>إزالة الفترات المحددة</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>أيام الإجازة</translation>
    </message>
    <message>
        <source>No days off ahead.</source>
        <translation>لا أيام إجازة قادمة.</translation>
    </message>
    <message>
        <source>Day off date</source>
        <translation>تاريخ يوم الإجازة</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <source>Day off note</source>
        <translation>ملاحظة يوم الإجازة</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>إضافة يوم إجازة</translation>
    </message>
    <message>
        <source>Remove selected days off</source>
        <translation>إزالة أيام الإجازة المحددة</translation>
    </message>
    <message numerus="yes">
        <source>Free slots in the next %n days</source>
        <translation>
            <numerusform>المواعيد المتاحة في الأيام الـ%n القادمة</numerusform>
            <numerusform>المواعيد المتاحة في اليوم القادم</numerusform>
            <numerusform>المواعيد المتاحة في اليومين القادمين</numerusform>
            <numerusform>المواعيد المتاحة في الأيام الـ%n القادمة</numerusform>
            <numerusform>المواعيد المتاحة في الأيام الـ%n القادمة</numerusform>
            <numerusform>المواعيد المتاحة في الأيام الـ%n القادمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Intro slots are the ones mentees could book now: from %1 to %2 ahead. Sessions, open requests and busy time in your own calendar are left out.</source>
        <translation>مواعيد التعارف هي التي يمكن للمتدرّبين حجزها الآن: بعد %1 على الأقل و%2 على الأكثر. الجلسات والطلبات المفتوحة وأوقات الانشغال في تقويمك الخاص مستثناة.</translation>
    </message>
    <message>
        <source>Time zone of this page</source>
        <translation>المنطقة الزمنية لهذه الصفحة</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>الفترات الأسبوعية</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message numerus="yes">
        <source>Free slots, next %n days</source>
        <translation>
            <numerusform>المواعيد المتاحة، الأيام الـ%n القادمة</numerusform>
            <numerusform>المواعيد المتاحة، اليوم القادم</numerusform>
            <numerusform>المواعيد المتاحة، اليومان القادمان</numerusform>
            <numerusform>المواعيد المتاحة، الأيام الـ%n القادمة</numerusform>
            <numerusform>المواعيد المتاحة، الأيام الـ%n القادمة</numerusform>
            <numerusform>المواعيد المتاحة، الأيام الـ%n القادمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>أوقات الإتاحة</translation>
    </message>
    <message>
        <source>Times and days on this page are your own, in %1.</source>
        <translation>الأوقات والأيام في هذه الصفحة بتوقيتك أنت، في %1.</translation>
    </message>
    <message>
        <source>Elsewhere times are shown in %1.</source>
        <translation>في الصفحات الأخرى تُعرض الأوقات بتوقيت %1.</translation>
    </message>
    <message>
        <source>%1 and %2 from %3</source>
        <translation>%1 و%2 ابتداءً من %3</translation>
    </message>
    <message numerus="yes">
        <source>%n intro slots</source>
        <translation>
            <numerusform>%n موعد تعارف</numerusform>
            <numerusform>موعد تعارف واحد</numerusform>
            <numerusform>موعدا تعارف</numerusform>
            <numerusform>%n مواعيد تعارف</numerusform>
            <numerusform>%n موعدَ تعارف</numerusform>
            <numerusform>%n موعد تعارف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid slots</source>
        <translation>
            <numerusform>%n موعد مدفوع</numerusform>
            <numerusform>موعد مدفوع واحد</numerusform>
            <numerusform>موعدان مدفوعان</numerusform>
            <numerusform>%n مواعيد مدفوعة</numerusform>
            <numerusform>%n موعدًا مدفوعًا</numerusform>
            <numerusform>%n موعد مدفوع</numerusform>
        </translation>
    </message>
    <message>
        <source>That day was a day off already; its note is now “%1”.</source>
        <translation>كان ذلك اليوم يوم إجازة من قبل؛ ملاحظته الآن «%1».</translation>
    </message>
    <message>
        <source>That day was a day off already; nothing changed.</source>
        <translation>كان ذلك اليوم يوم إجازة من قبل؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>BundleProgress</name>
    <message>
        <source>Bundle progress</source>
        <translation>تقدّم الباقة</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message numerus="yes">
        <source>%n busy times</source>
        <translation>
            <numerusform>%n فترة انشغال</numerusform>
            <numerusform>فترة انشغال واحدة</numerusform>
            <numerusform>فترتا انشغال</numerusform>
            <numerusform>%n فترات انشغال</numerusform>
            <numerusform>%n فترةَ انشغال</numerusform>
            <numerusform>%n فترة انشغال</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>استيراد &amp;تقويم (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>&amp;تصدير التقويم…</translation>
    </message>
    <message>
        <source>Imported calendars…</source>
        <translation>التقاويم المستوردة…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>استيراد تقويم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar (*.ics *.ical *.ifb);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>%1: a new calendar, %2 from %3 (%4).</source>
        <translation>%1: تقويم جديد، %2 من %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2 from %3 (%4), replacing the %5 it had.</source>
        <translation>%1: %2 من %3 (%4)، بدلًا من %5 كانت فيه.</translation>
    </message>
    <message>
        <source>Another calendar is also called %1: %2.</source>
        <translation>يوجد تقويم آخر يحمل الاسم %1 أيضًا: %2.</translation>
    </message>
    <message>
        <source>It has no event ahead.</source>
        <translation>لا يحتوي على أي حدث قادم.</translation>
    </message>
    <message>
        <source>Its next event is on %1.</source>
        <translation>حدثه التالي في %1.</translation>
    </message>
    <message>
        <source>The calendar could not be read; nothing was changed. %1</source>
        <translation>تعذّرت قراءة التقويم؛ لم يتغيّر شيء. %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>الانتقال إلى اليوم</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>عرض أسبوع</translation>
    </message>
    <message>
        <source>Show a day</source>
        <translation>عرض يوم</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>التواريخ المعروضة</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>دليل الألوان</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>الأوقات بتوقيت %1</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
</context>
<context>
    <name>CalendarServerPane</name>
    <message>
        <source>Mentor Desk sends your booked sessions to a calendar on your own CalDAV server (Nextcloud, Fastmail, iCloud, mailbox.org…) and reads your busy time back from the calendars you choose.</source>
        <translation>يرسل Mentor Desk جلساتك المحجوزة إلى تقويم على خادم CalDAV الخاص بك (Nextcloud وFastmail وiCloud وmailbox.org…) ويقرأ أوقات انشغالك من التقاويم التي تختارها.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>kept (type to change)</source>
        <translation>محفوظة (اكتب لتغييرها)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Calendar for sessions</source>
        <translation>تقويم الجلسات</translation>
    </message>
    <message>
        <source>Also send my free availability (as free time)</source>
        <translation>أرسل أيضًا أوقات إتاحتي (كوقت متاح)</translation>
    </message>
    <message>
        <source>Calendars that count as busy</source>
        <translation>التقاويم التي تُعدّ أوقات انشغال</translation>
    </message>
    <message>
        <source>Stop using this server</source>
        <translation>التوقف عن استخدام هذا الخادم</translation>
    </message>
    <message>
        <source>Sessions go to</source>
        <translation>تُرسل الجلسات إلى</translation>
    </message>
    <message>
        <source>Busy time from</source>
        <translation>أوقات الانشغال من</translation>
    </message>
    <message>
        <source>A new calendar “%1”</source>
        <translation>تقويم جديد «%1»</translation>
    </message>
    <message>
        <source>Give the server address, your user name and your password first.</source>
        <translation>أدخل أولًا عنوان الخادم واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ%1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n calendars found.</source>
        <translation>
            <numerusform>متصل: لم يُعثر على تقاويم.</numerusform>
            <numerusform>متصل: عُثر على تقويم واحد.</numerusform>
            <numerusform>متصل: عُثر على تقويمين.</numerusform>
            <numerusform>متصل: عُثر على %n تقاويم.</numerusform>
            <numerusform>متصل: عُثر على %n تقويمًا.</numerusform>
            <numerusform>متصل: عُثر على %n تقويم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give your user name and password, then save again.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Saving the calendar server…</source>
        <translation>جارٍ حفظ خادم التقويم…</translation>
    </message>
    <message>
        <source>Mentor Desk no longer uses that server; the events already there stay.</source>
        <translation>لم يعد Mentor Desk يستخدم ذلك الخادم؛ الأحداث الموجودة عليه تبقى.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>حدث خطأ ما: %1</translation>
    </message>
</context>
<context>
    <name>CalendarServerSync</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Send sessions to your calendar server and read busy time back</source>
        <translation>أرسل الجلسات إلى خادم التقويم واقرأ أوقات الانشغال منه</translation>
    </message>
    <message>
        <source>Calendar server c&amp;onflicts…</source>
        <translation>&amp;تعارضات خادم التقويم…</translation>
    </message>
    <message>
        <source>Calendar server</source>
        <translation>خادم التقويم</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose which version stays</source>
        <translation>اختر النسخة التي تبقى</translation>
    </message>
    <message>
        <source>Calendar server: syncing…</source>
        <translation>خادم التقويم: جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Calendar server: syncing… (%1 of %2)</source>
        <translation>خادم التقويم: جارٍ المزامنة… (%1 من %2)</translation>
    </message>
    <message>
        <source>Password of %1 at %2 (kept until Mentor Desk quits):</source>
        <translation>كلمة مرور %1 على %2 (تُحفظ حتى إغلاق Mentor Desk):</translation>
    </message>
    <message numerus="yes">
        <source>Calendar server: %n events changed there wait for your choice</source>
        <translation>
            <numerusform>خادم التقويم: %n حدث تغيّر هناك بانتظار اختيارك</numerusform>
            <numerusform>خادم التقويم: حدث واحد تغيّر هناك بانتظار اختيارك</numerusform>
            <numerusform>خادم التقويم: حدثان تغيّرا هناك بانتظار اختيارك</numerusform>
            <numerusform>خادم التقويم: %n أحداث تغيّرت هناك بانتظار اختيارك</numerusform>
            <numerusform>خادم التقويم: %n حدثًا تغيّر هناك بانتظار اختيارك</numerusform>
            <numerusform>خادم التقويم: %n حدث تغيّر هناك بانتظار اختيارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar server: %n changes waiting, offline since %1</source>
        <translation>
            <numerusform>خادم التقويم: %n تغيير بالانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>خادم التقويم: تغيير واحد بالانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>خادم التقويم: تغييران بالانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>خادم التقويم: %n تغييرات بالانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>خادم التقويم: %n تغييرًا بالانتظار، دون اتصال منذ %1</numerusform>
            <numerusform>خادم التقويم: %n تغيير بالانتظار، دون اتصال منذ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar server: %n changes waiting, refused since %1</source>
        <translation>
            <numerusform>خادم التقويم: %n تغيير بالانتظار، مرفوض منذ %1</numerusform>
            <numerusform>خادم التقويم: تغيير واحد بالانتظار، مرفوض منذ %1</numerusform>
            <numerusform>خادم التقويم: تغييران بالانتظار، مرفوضة منذ %1</numerusform>
            <numerusform>خادم التقويم: %n تغييرات بالانتظار، مرفوضة منذ %1</numerusform>
            <numerusform>خادم التقويم: %n تغييرًا بالانتظار، مرفوضة منذ %1</numerusform>
            <numerusform>خادم التقويم: %n تغيير بالانتظار، مرفوضة منذ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar server: not synced yet</source>
        <translation>خادم التقويم: لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Calendar server: up to date (%1)</source>
        <translation>خادم التقويم: محدَّث (%1)</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>%1 with %2, %3</source>
        <translation>%1 مع %2، %3</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>إلغاء الجلسة</translation>
    </message>
    <message>
        <source>Why do you cancel the %1?</source>
        <translation>لماذا تلغي %1؟</translation>
    </message>
    <message>
        <source>The mentee is told the reason. Sessions can be cancelled at least %1 before they start.</source>
        <translation>سيُبلَّغ المتدرّب بالسبب. يمكن إلغاء الجلسات قبل بدئها بـ%1 على الأقل.</translation>
    </message>
    <message>
        <source>I am ill</source>
        <translation>أنا مريض</translation>
    </message>
    <message>
        <source>A schedule conflict came up</source>
        <translation>طرأ تعارض في المواعيد</translation>
    </message>
    <message>
        <source>Personal emergency</source>
        <translation>ظرف طارئ شخصي</translation>
    </message>
    <message>
        <source>The mentee asked to move it</source>
        <translation>طلب المتدرّب تغيير الموعد</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>الإبقاء على الجلسة</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm session</source>
        <translation>تأكيد الجلسة</translation>
    </message>
    <message>
        <source>%1 with %2
%3</source>
        <translation>%1 مع %2
%3</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>انعقدت</translation>
    </message>
    <message>
        <source>Mentee did not show up</source>
        <translation>لم يحضر المتدرّب</translation>
    </message>
    <message>
        <source>I could not attend</source>
        <translation>لم أتمكّن من الحضور</translation>
    </message>
    <message>
        <source>May this mentee continue with a bundle?</source>
        <translation>هل يمكن لهذا المتدرّب المتابعة بباقة؟</translation>
    </message>
    <message>
        <source>Approve continuation</source>
        <translation>الموافقة على المتابعة</translation>
    </message>
    <message>
        <source>Reject continuation</source>
        <translation>رفض المتابعة</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>الباقة %1</translation>
    </message>
    <message>
        <source>A held session counts against the bundle and makes your payment due.</source>
        <translation>الجلسة المنعقدة تُحتسب من الباقة وتجعل دفعتك مستحقّة.</translation>
    </message>
    <message>
        <source>Add a note (optional)</source>
        <translation>أضف ملاحظة (اختياري)</translation>
    </message>
    <message>
        <source>What was discussed, the next steps agreed. It goes into your journal and stays on this computer.</source>
        <translation>ما تمت مناقشته والخطوات التالية المتفق عليها. تُحفظ في دفترك وتبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Note on the session</source>
        <translation>ملاحظة على الجلسة</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Choose what happened and your decision</source>
        <translation>اختر ما حدث وقرارك</translation>
    </message>
    <message>
        <source>Choose what happened</source>
        <translation>اختر ما حدث</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Sessions to confirm</source>
        <translation>جلسات بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Sessions that have ended and wait for your confirmation</source>
        <translation>جلسات انتهت وتنتظر تأكيدك</translation>
    </message>
    <message>
        <source>All caught up: every finished session is confirmed.</source>
        <translation>لا شيء متأخر: كل جلسة منتهية مؤكَّدة.</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>الجلسة المحددة</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>تأكيد…</translation>
    </message>
    <message>
        <source>Confirm the selected session</source>
        <translation>تأكيد الجلسة المحددة</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>الباقة %1</translation>
    </message>
    <message>
        <source>Confirmed the %1 with %2: %3.</source>
        <translation>تم تأكيد %1 مع %2: %3.</translation>
    </message>
    <message>
        <source>Bundle %1: %2.</source>
        <translation>الباقة %1: %2.</translation>
    </message>
    <message>
        <source>The note is in the journal.</source>
        <translation>الملاحظة في الدفتر.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Mentor Desk cannot open its database</source>
        <translation>لا يستطيع Mentor Desk فتح قاعدة بياناته</translation>
    </message>
    <message>
        <source>Choose another database file (a new name starts an empty one), or quit. The file named above is left as it is.</source>
        <translation>اختر ملف قاعدة بيانات آخر (الاسم الجديد يبدأ قاعدة فارغة)، أو اخرج. يبقى الملف المذكور أعلاه كما هو.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>اختيار ملف آخر…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>اختر ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>Mentor Desk database (*.sqlite3);;All files (*)</source>
        <translation>قاعدة بيانات Mentor Desk (*.sqlite3);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>Net earnings per month</source>
        <translation>صافي الأرباح لكل شهر</translation>
    </message>
    <message>
        <source>Nothing earned in the last twelve months.</source>
        <translation>لا أرباح في الأشهر الاثني عشر الأخيرة.</translation>
    </message>
    <message>
        <source>Waiting (unconfirmed)</source>
        <translation>قيد الانتظار (غير مؤكدة)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
</context>
<context>
    <name>EarningsModel</name>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>منعقدة</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>العمولة</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>غير مؤكدة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sessions used</source>
        <translation>الجلسات المستخدمة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <source>Net earned</source>
        <translation>صافي الربح</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>heading and currency</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>EarningsView</name>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Earnings per month</source>
        <translation>الأرباح لكل شهر</translation>
    </message>
    <message>
        <source>Earnings per bundle</source>
        <translation>الأرباح لكل باقة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Export year as CSV…</source>
        <translation>تصدير السنة بصيغة CSV…</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>الأشهر الاثنا عشر الأخيرة</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>الباقات</translation>
    </message>
    <message>
        <source>Commission now %1 % of your share (Settings); every session keeps the rate it was counted at.</source>
        <translation>العمولة الآن %1 % من حصتك (الإعدادات)؛ تحتفظ كل جلسة بالنسبة التي حُسبت بها.</translation>
    </message>
    <message>
        <source>Export sessions and earnings</source>
        <translation>تصدير الجلسات والأرباح</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Sessions of %1 written to %2: %n.</source>
        <translation>
            <numerusform>كُتبت جلسات %1 في %2: لا شيء.</numerusform>
            <numerusform>كُتبت جلسات %1 في %2: جلسة واحدة.</numerusform>
            <numerusform>كُتبت جلسات %1 في %2: جلستان.</numerusform>
            <numerusform>كُتبت جلسات %1 في %2: %n جلسات.</numerusform>
            <numerusform>كُتبت جلسات %1 في %2: %n جلسة.</numerusform>
            <numerusform>كُتبت جلسات %1 في %2: %n جلسة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <source>Writes an .ics file that Outlook and Google Calendar import; importing it again updates the events instead of doubling them.</source>
        <translation>يكتب ملف ICS يستورده Outlook وتقويم Google؛ وإذا استوردته مرة أخرى تُحدَّث الأحداث بدل أن تتكرر.</translation>
    </message>
    <message>
        <source>Booked sessions and free availability</source>
        <translation>الجلسات المحجوزة والأوقات المتاحة</translation>
    </message>
    <message>
        <source>Booked sessions only (busy)</source>
        <translation>الجلسات المحجوزة فقط (مشغول)</translation>
    </message>
    <message>
        <source>Free availability only</source>
        <translation>الأوقات المتاحة فقط</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>عدد الأيام</translation>
    </message>
    <message>
        <source>Hide mentee names (&quot;Mentoring session&quot;), for sharing</source>
        <translation>إخفاء أسماء المتدرّبين („جلسة إرشاد“) للمشاركة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لمدة</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
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
        <translation>علامات التحذير</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Requested</source>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>انعقدت</translation>
    </message>
    <message>
        <source>Mentee no-show</source>
        <translation>لم يحضر المتدرّب</translation>
    </message>
    <message>
        <source>Mentor no-show</source>
        <translation>لم يحضر المرشد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Intro</source>
        <translation>تعارف</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Intro session</source>
        <translation>جلسة تعارف</translation>
    </message>
    <message>
        <source>Paid session</source>
        <translation>جلسة مدفوعة</translation>
    </message>
    <message>
        <source>intro session</source>
        <translation>جلسة التعارف</translation>
    </message>
    <message>
        <source>paid session</source>
        <translation>الجلسة المدفوعة</translation>
    </message>
    <message>
        <source>Approved to continue</source>
        <translation>تمت الموافقة على المتابعة</translation>
    </message>
    <message>
        <source>Not continuing</source>
        <translation>لن يتابع</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>استُخدم %1 من %2</translation>
    </message>
    <message>
        <source>, %1 booked</source>
        <translation>، %1 محجوزة</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>date pattern</comment>
        <translation>ddd d MMM yyyy، HH:mm</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>date pattern</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>same time</source>
        <translation>التوقيت نفسه</translation>
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
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>انتهت %1</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>الانطلاق</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>منتظمة</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الختام</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مستردة</translation>
    </message>
    <message>
        <source>Decision waiting</source>
        <translation>القرار معلّق</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>in progress, ends in %1</source>
        <translation>جارية، تنتهي بعد %1</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>تبدأ بعد %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>منذ %1</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <source>Specific, measurable, achievable, relevant and time-bound: say what will be reached by when, and how it is measured.</source>
        <translation>محدد وقابل للقياس وقابل للتحقيق وذو صلة ومحدد بزمن: اذكر ما سيتحقق ومتى وكيف يُقاس.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بحلول</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>محدد بزمن</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>المؤشر %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>المستهدف %1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>الوحدة %1</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Goal and indicators</source>
        <translation>الهدف والمؤشرات</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بحلول %1</translation>
    </message>
    <message>
        <source>not measured yet (target %1)</source>
        <translation>لم يُقَس بعد (المستهدف %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>ImportedCalendarsDialog</name>
    <message>
        <source>Imported calendars</source>
        <translation>التقاويم المستوردة</translation>
    </message>
    <message>
        <source>Busy time from these calendars is never offered as free, and booking over it needs your consent. Importing the same file again replaces its busy times; another file is another calendar, even under the same name.</source>
        <translation>أوقات الانشغال في هذه التقاويم لا تُعرض أبدًا على أنها متاحة، والحجز فوقها يحتاج إلى موافقتك. استيراد الملف نفسه مرة أخرى يستبدل أوقات انشغاله؛ والملف الآخر تقويم آخر، حتى لو حمل الاسم نفسه.</translation>
    </message>
    <message>
        <source>Name of the selected calendar</source>
        <translation>اسم التقويم المحدد</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Import calendar…</source>
        <translation>استيراد تقويم…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected calendar&apos;s busy time</source>
        <translation>إزالة أوقات انشغال التقويم المحدد</translation>
    </message>
    <message>
        <source>No calendar imported yet.</source>
        <translation>لم يُستورد أي تقويم بعد.</translation>
    </message>
    <message>
        <source>no event ahead</source>
        <translation>لا أحداث قادمة</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>التالي %1</translation>
    </message>
</context>
<context>
    <name>InlineNotice</name>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… وواحدة أخرى</numerusform>
            <numerusform>… واثنتان أخريان</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>غير ممكن</translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message numerus="yes">
        <source>%n red flags</source>
        <translation>
            <numerusform>%n علامة تحذير</numerusform>
            <numerusform>علامة تحذير واحدة</numerusform>
            <numerusform>علامتا تحذير</numerusform>
            <numerusform>%n علامات تحذير</numerusform>
            <numerusform>%n علامةَ تحذير</numerusform>
            <numerusform>%n علامة تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>علامات التحذير</translation>
    </message>
    <message>
        <source>No red flags</source>
        <translation>لا علامات تحذير</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <source>Pending invitations</source>
        <translation>الدعوات المعلّقة</translation>
    </message>
    <message>
        <source>Intro requests waiting for your decision</source>
        <translation>طلبات تعارف بانتظار قرارك</translation>
    </message>
    <message>
        <source>A accept · R reject · ↑ ↓ move</source>
        <translation>قبول: A · رفض: R · تنقّل: ↑ ↓</translation>
    </message>
    <message>
        <source>No invitations waiting.
New intro requests arrive with the next platform export.</source>
        <translation>لا دعوات معلّقة.
تصل طلبات التعارف الجديدة مع ملف التصدير التالي من المنصة.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>About the request</source>
        <translation>عن الطلب</translation>
    </message>
    <message>
        <source>Intro sessions this month</source>
        <translation>جلسات التعارف هذا الشهر</translation>
    </message>
    <message>
        <source>The mentee&apos;s form</source>
        <translation>استمارة المتدرّب</translation>
    </message>
    <message>
        <source>Other sessions with the mentee</source>
        <translation>جلسات أخرى مع المتدرّب</translation>
    </message>
    <message>
        <source>None: this would be your first session together.</source>
        <translation>لا شيء: ستكون هذه أول جلسة بينكما.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>قبول الدعوة</translation>
    </message>
    <message>
        <source>Accept and put it in your calendar (A)</source>
        <translation>القبول وإضافتها إلى تقويمك (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>Reject invitation</source>
        <translation>رفض الدعوة</translation>
    </message>
    <message>
        <source>Reject with a reason (R)</source>
        <translation>الرفض مع ذكر السبب (R)</translation>
    </message>
    <message>
        <source>Accept anyway</source>
        <translation>القبول على أي حال</translation>
    </message>
    <message>
        <source>Accept despite the busy time</source>
        <translation>القبول رغم وقت الانشغال</translation>
    </message>
    <message>
        <source>Why Accept is not possible</source>
        <translation>لماذا لا يمكن القبول</translation>
    </message>
    <message>
        <source>%1 of %2 intro sessions in %3, this one included</source>
        <translation>%1 من %2 جلسات تعارف في %3، بما فيها هذه</translation>
    </message>
    <message>
        <source>Red flags (%1)</source>
        <translation>علامات التحذير (%1)</translation>
    </message>
    <message>
        <source>No red flags found</source>
        <translation>لم تُوجد علامات تحذير</translation>
    </message>
    <message>
        <source>Other sessions with %1 (%2)</source>
        <translation>جلسات أخرى مع %1 (%2)</translation>
    </message>
    <message>
        <source>(%1 for the mentee)</source>
        <translation>(%1 بتوقيت المتدرّب)</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>طُلبت %1</translation>
    </message>
    <message>
        <source>The mentee sent no form.</source>
        <translation>لم يرسل المتدرّب أي استمارة.</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>(تُرك فارغًا)</translation>
    </message>
    <message>
        <source>Accepted: %1, %2, is in your calendar. Undo is in the Edit menu until you write the outbox.</source>
        <translation>تم القبول: %1، %2، في تقويمك الآن. يمكنك التراجع من قائمة «تحرير» إلى أن تكتب ملف الصادر.</translation>
    </message>
    <message>
        <source>Rejected the request from %1. Undo is in the Edit menu until you write the outbox.</source>
        <translation>تم رفض طلب %1. يمكنك التراجع من قائمة «تحرير» إلى أن تكتب ملف الصادر.</translation>
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
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>&amp;Import platform export…</source>
        <translation>&amp;استيراد ملف تصدير المنصة…</translation>
    </message>
    <message>
        <source>Write &amp;outbox…</source>
        <translation>كتابة ملف ال&amp;صادر…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>تحميل &amp;بيانات تجريبية</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Mentor Desk</source>
        <translation>&amp;حول Mentor Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Offline · local data</source>
        <translation>دون اتصال · بيانات محلية</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>ملف التقويم</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Choose another calendar file</source>
        <translation>اختيار ملف تقويم آخر</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Last export imported %1</source>
        <translation>آخر ملف تصدير مستورد %1</translation>
    </message>
    <message>
        <source>No export imported yet</source>
        <translation>لم يُستورد أي ملف تصدير بعد</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>الصادر: %n بالانتظار</numerusform>
            <numerusform>الصادر: قرار واحد بالانتظار</numerusform>
            <numerusform>الصادر: قراران بالانتظار</numerusform>
            <numerusform>الصادر: %n قرارات بالانتظار</numerusform>
            <numerusform>الصادر: %n قرارًا بالانتظار</numerusform>
            <numerusform>الصادر: %n قرار بالانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: nothing waiting</source>
        <translation>الصادر: لا شيء بالانتظار</translation>
    </message>
    <message>
        <source>&amp;Undo %1 of %2</source>
        <translation>&amp;تراجع عن %1 لـ%2</translation>
    </message>
    <message>
        <source>Undo %1 of %2</source>
        <translation>تراجع عن %1 لـ%2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>القبول</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>الإلغاء</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>profile note</source>
        <translation>ملاحظة الملف</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Import platform export</source>
        <translation>استيراد ملف تصدير المنصة</translation>
    </message>
    <message>
        <source>Platform export (*.json);;All files (*)</source>
        <translation>ملف تصدير المنصة (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>هناك استيراد قيد التشغيل بالفعل.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>The work could not be finished and nothing was changed.
%1</source>
        <translation>تعذّر إتمام العمل ولم يتغيّر شيء.
%1</translation>
    </message>
    <message>
        <source>Write outbox</source>
        <translation>كتابة ملف الصادر</translation>
    </message>
    <message>
        <source>Outbox (*.json)</source>
        <translation>ملف الصادر (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decisions to %1. Upload it to the platform.</source>
        <translation>
            <numerusform>كُتب %n قرار في %1. ارفع الملف إلى المنصة.</numerusform>
            <numerusform>كُتب قرار واحد في %1. ارفع الملف إلى المنصة.</numerusform>
            <numerusform>كُتب قراران في %1. ارفع الملف إلى المنصة.</numerusform>
            <numerusform>كُتبت %n قرارات في %1. ارفع الملف إلى المنصة.</numerusform>
            <numerusform>كُتب %n قرارًا في %1. ارفع الملف إلى المنصة.</numerusform>
            <numerusform>كُتب %n قرار في %1. ارفع الملف إلى المنصة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n decisions already in that file are kept in it.</source>
        <translation>
            <numerusform>القرارات الموجودة في ذلك الملف تبقى فيه.</numerusform>
            <numerusform>القرار الموجود مسبقًا في ذلك الملف يبقى فيه.</numerusform>
            <numerusform>القراران الموجودان مسبقًا في ذلك الملف يبقيان فيه.</numerusform>
            <numerusform>القرارات الـ%n الموجودة مسبقًا في ذلك الملف تبقى فيه.</numerusform>
            <numerusform>القرارات الـ%n الموجودة مسبقًا في ذلك الملف تبقى فيه.</numerusform>
            <numerusform>القرارات الـ%n الموجودة مسبقًا في ذلك الملف تبقى فيه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid %1 of %2.</source>
        <translation>تم التراجع عن %1 لـ%2.</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>جارٍ تحميل البيانات التجريبية…</translation>
    </message>
    <message>
        <source>Calendar file not updated: %1.</source>
        <translation>لم يُحدَّث ملف التقويم: %1.</translation>
    </message>
    <message>
        <source>Your decisions are saved; only the calendar file is behind. Choose a folder you can write to, or stop keeping the file, in Settings.</source>
        <translation>قراراتك محفوظة؛ ملف التقويم وحده غير محدَّث. اختر في الإعدادات مجلدًا يمكن الكتابة فيه، أو أوقف الاحتفاظ بالملف.</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Mentor Desk opens platform exports (.json) and calendars (.ics), not %1.</source>
        <translation>يفتح Mentor Desk ملفات تصدير المنصة (.json) والتقاويم (.ics)، وليس %1.</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>الاستيراد جارٍ</translation>
    </message>
    <message>
        <source>Please wait until the import has finished.</source>
        <translation>يُرجى الانتظار حتى ينتهي الاستيراد.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>حدث خطأ ما: %1</translation>
    </message>
    <message>
        <source>Details were written to %1.</source>
        <translation>كُتبت التفاصيل في %1.</translation>
    </message>
    <message>
        <source>Your data is safe; the last action may not have been saved.</source>
        <translation>بياناتك آمنة؛ ربما لم يُحفظ الإجراء الأخير.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>تعذّر فتح قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Choose another one with --db PATH, or see the log file.</source>
        <translation>اختر قاعدة أخرى باستخدام ‎--db PATH‎، أو راجع ملف السجل.</translation>
    </message>
</context>
<context>
    <name>MenteeListModel</name>
    <message>
        <source>Mentee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>الوقت المحلي</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>آخر جلسة</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>الجلسة التالية</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>منعقدة</translation>
    </message>
    <message>
        <source>Intro decision</source>
        <translation>قرار التعارف</translation>
    </message>
    <message>
        <source>%1 (set)</source>
        <translation>%1 (محددة)</translation>
    </message>
    <message>
        <source>Set by you; the sessions suggest %1</source>
        <translation>حددتها أنت؛ تقترح الجلسات %1</translation>
    </message>
    <message>
        <source>As the sessions suggest</source>
        <translation>كما تقترح الجلسات</translation>
    </message>
</context>
<context>
    <name>MenteeListView</name>
    <message>
        <source>Mentees</source>
        <translation>المتدرّبون</translation>
    </message>
    <message>
        <source>Search names, e-mails and the journal</source>
        <translation>ابحث في الأسماء والبريد والدفتر</translation>
    </message>
    <message>
        <source>Search mentees</source>
        <translation>ابحث عن متدرّبين</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <source>Number of mentees shown</source>
        <translation>عدد المتدرّبين المعروضين</translation>
    </message>
    <message numerus="yes">
        <source>Mentees: %n</source>
        <translation>
            <numerusform>المتدرّبون: لا أحد</numerusform>
            <numerusform>المتدرّبون: واحد</numerusform>
            <numerusform>المتدرّبون: اثنان</numerusform>
            <numerusform>المتدرّبون: %n</numerusform>
            <numerusform>المتدرّبون: %n</numerusform>
            <numerusform>المتدرّبون: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 mentees</source>
        <translation>%1 من %2 متدرّبين</translation>
    </message>
</context>
<context>
    <name>MenteesPage</name>
    <message>
        <source>Mentees</source>
        <translation>المتدرّبون</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>الأرباح</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n جلسة</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسةً</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>يوم إجازة: %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the session</source>
        <translation>ملاحظة على الجلسة</translation>
    </message>
    <message>
        <source>%1 with %2
%3</source>
        <translation>%1 مع %2
%3</translation>
    </message>
    <message>
        <source>What was discussed, the next steps agreed. Plain text; it stays on this computer (never in the outbox or a calendar).</source>
        <translation>ما تمت مناقشته والخطوات التالية المتفق عليها. نص عادي يبقى على هذا الحاسوب (لا يُرسل أبدًا في صندوق الصادر أو في تقويم).</translation>
    </message>
    <message>
        <source>- what we discussed
- next steps</source>
        <translation>- ما ناقشناه
- الخطوات التالية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Notes, newest session first</source>
        <translation>الملاحظات، الأحدث أولًا</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>The mentee&apos;s sessions</source>
        <translation>جلسات المتدرّب</translation>
    </message>
    <message>
        <source>Note on session…</source>
        <translation>ملاحظة على الجلسة…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>الباقات</translation>
    </message>
    <message>
        <source>Notes on sessions</source>
        <translation>ملاحظات الجلسات</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>تحرير الملاحظة…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>هدف جديد…</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>التقدم…</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>سجّل التقدم</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>إزالة الهدف</translation>
    </message>
    <message>
        <source>Who they are, what they want, how they like to work</source>
        <translation>من هم وماذا يريدون وكيف يحبون العمل</translation>
    </message>
    <message>
        <source>Profile note</source>
        <translation>ملاحظة الملف</translation>
    </message>
    <message>
        <source>Save profile note</source>
        <translation>احفظ ملاحظة الملف</translation>
    </message>
    <message>
        <source>No mentee chosen</source>
        <translation>لم يُختر متدرّب</translation>
    </message>
    <message>
        <source>their time %1</source>
        <translation>وقته %1</translation>
    </message>
    <message numerus="yes">
        <source>sessions held: %n</source>
        <translation>
            <numerusform>الجلسات المنعقدة: لا شيء</numerusform>
            <numerusform>الجلسات المنعقدة: واحدة</numerusform>
            <numerusform>الجلسات المنعقدة: اثنتان</numerusform>
            <numerusform>الجلسات المنعقدة: %n</numerusform>
            <numerusform>الجلسات المنعقدة: %n</numerusform>
            <numerusform>الجلسات المنعقدة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>التالية %1</translation>
    </message>
    <message>
        <source>As the sessions suggest (%1)</source>
        <translation>كما تقترح الجلسات (%1)</translation>
    </message>
    <message>
        <source>No bundle bought yet.</source>
        <translation>لم تُشترَ أي باقة بعد.</translation>
    </message>
    <message>
        <source>bought %1</source>
        <translation>اشتُريت %1</translation>
    </message>
    <message>
        <source>Goal removed. Edit &gt; Undo brings it back.</source>
        <translation>أُزيل الهدف. تحرير &gt; تراجع يعيده.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>سجّل التقدم</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (المستهدف %2)</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>القيمة الآن</translation>
    </message>
    <message>
        <source>At session</source>
        <translation>في الجلسة</translation>
    </message>
    <message>
        <source>Between sessions (today)</source>
        <translation>بين الجلسات (اليوم)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Other…</source>
        <translation>سبب آخر…</translation>
    </message>
    <message>
        <source>Reason in your own words</source>
        <translation>السبب بكلماتك</translation>
    </message>
    <message>
        <source>Your reason (required)</source>
        <translation>سببك (مطلوب)</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>تفاصيل (اختيارية)</translation>
    </message>
    <message>
        <source>Pick a reason or write one</source>
        <translation>اختر سببًا أو اكتب سببك</translation>
    </message>
    <message>
        <source>Pick a reason above, or write your own</source>
        <translation>اختر سببًا مما سبق، أو اكتب سببك</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject invitation</source>
        <translation>رفض الدعوة</translation>
    </message>
    <message>
        <source>Why do you reject the intro request from %1?</source>
        <translation>لماذا ترفض طلب التعارف من %1؟</translation>
    </message>
    <message>
        <source>The reason goes to the platform with your decision.</source>
        <translation>يُرسل السبب إلى المنصة مع قرارك.</translation>
    </message>
    <message>
        <source>Form looks like spam</source>
        <translation>الاستمارة تبدو رسائل مزعجة</translation>
    </message>
    <message>
        <source>Not enough information in the form</source>
        <translation>معلومات غير كافية في الاستمارة</translation>
    </message>
    <message>
        <source>Outside my expertise</source>
        <translation>خارج مجال خبرتي</translation>
    </message>
    <message>
        <source>Schedule conflict</source>
        <translation>تعارض في المواعيد</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 بعد %2</translation>
    </message>
    <message>
        <source>With %1 at %2</source>
        <translation>مع %1 في %2</translation>
    </message>
    <message>
        <source>Sessions to confirm</source>
        <translation>جلسات بانتظار التأكيد</translation>
    </message>
    <message numerus="yes">
        <source>%n finished sessions wait for your confirmation; bundles and payments depend on it.</source>
        <translation>
            <numerusform>%n جلسة منتهية تنتظر تأكيدك؛ الباقات والمدفوعات تعتمد عليه.</numerusform>
            <numerusform>جلسة منتهية واحدة تنتظر تأكيدك؛ الباقات والمدفوعات تعتمد عليه.</numerusform>
            <numerusform>جلستان منتهيتان تنتظران تأكيدك؛ الباقات والمدفوعات تعتمد عليه.</numerusform>
            <numerusform>%n جلسات منتهية تنتظر تأكيدك؛ الباقات والمدفوعات تعتمد عليه.</numerusform>
            <numerusform>%n جلسةً منتهية تنتظر تأكيدك؛ الباقات والمدفوعات تعتمد عليه.</numerusform>
            <numerusform>%n جلسة منتهية تنتظر تأكيدك؛ الباقات والمدفوعات تعتمد عليه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConflictsDialog</name>
    <message>
        <source>Calendar server: changed there</source>
        <translation>خادم التقويم: تغيّرت هناك</translation>
    </message>
    <message>
        <source>These events were changed on your calendar server after Mentor Desk sent them. Nothing was overwritten: choose which version stays.</source>
        <translation>تغيّرت هذه الأحداث على خادم التقويم بعد أن أرسلها Mentor Desk. لم يُستبدل شيء: اختر النسخة التي تبقى.</translation>
    </message>
    <message>
        <source>Events changed on the server</source>
        <translation>أحداث تغيّرت على الخادم</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>الإبقاء على نسخة الخادم</translation>
    </message>
    <message>
        <source>Keep Mentor Desk&apos;s</source>
        <translation>الإبقاء على نسخة Mentor Desk</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>حُذف على الخادم</translation>
    </message>
    <message>
        <source>Mentor Desk would delete it; the server has: %1
(withdrawn here: %2)</source>
        <translation>سيحذفه Mentor Desk؛ لدى الخادم: %1
(سُحب هنا: %2)</translation>
    </message>
    <message>
        <source>Mentor Desk has: %1
Server: %2</source>
        <translation>لدى Mentor Desk: %1
الخادم: %2</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>ملاحظتك</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <source>No note yet. Note… writes one; it stays on this computer.</source>
        <translation>لا ملاحظة بعد. «ملاحظة…» تكتب واحدة وتبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Session with %1</source>
        <translation>جلسة مع %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 مع %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Answers to the request form</source>
        <translation>الإجابات في استمارة الطلب</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا إجابة)</translation>
    </message>
    <message>
        <source>History of your actions</source>
        <translation>سجل إجراءاتك</translation>
    </message>
    <message>
        <source>Nothing done in Mentor Desk yet: this session is as the platform&apos;s export had it.</source>
        <translation>لم يُتّخذ أي إجراء في Mentor Desk بعد: هذه الجلسة كما وردت في ملف تصدير المنصة.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>توقيتك</translation>
    </message>
    <message>
        <source>Mentee&apos;s time</source>
        <translation>توقيت المتدرّب</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>معرّف الجلسة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Not yet confirmed: booked here as %1, not yet in an export</source>
        <translation>لم تُؤكَّد بعد: حُجزت هنا باسم %1، وليست في أي ملف تصدير بعد</translation>
    </message>
    <message>
        <source>Confirmed (booked here as %1)</source>
        <translation>مؤكَّدة (حُجزت هنا باسم %1)</translation>
    </message>
    <message>
        <source>not known (no time zone in the mentee&apos;s profile)</source>
        <translation>غير معروف (لا توجد منطقة زمنية في ملف المتدرّب)</translation>
    </message>
    <message>
        <source>not known (%1 is not a time zone)</source>
        <translation>غير معروف (%1 ليست منطقة زمنية)</translation>
    </message>
    <message>
        <source>the same as yours (%1)</source>
        <translation>مثل توقيتك (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>History of actions</source>
        <translation>سجل الإجراءات</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>تبدأ</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>Mentee&apos;s time</source>
        <translation>توقيت المتدرّب</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>All sessions</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <source>Search names, e-mails, forms, reasons, ids</source>
        <translation>ابحث في الأسماء والبريد والاستمارات والأسباب والمعرّفات</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>البحث في الجلسات</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>نوع الجلسة</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>All mentees</source>
        <translation>كل المتدرّبين</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>بين تاريخين</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation>عدد الجلسات المعروضة</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Details of the selected session</source>
        <translation>تفاصيل الجلسة المحددة</translation>
    </message>
    <message>
        <source>Double-click a session, or press Enter, for its details and history. Click a column title to sort; right-click it to choose columns.</source>
        <translation>انقر نقرًا مزدوجًا على جلسة، أو اضغط Enter، لعرض تفاصيلها وسجلها. انقر عنوان عمود للفرز؛ وانقر بالزر الأيمن لاختيار الأعمدة.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sessions</source>
        <translation>
            <numerusform>%1 من %2 جلسة</numerusform>
            <numerusform>%1 من جلسة واحدة</numerusform>
            <numerusform>%1 من جلستين</numerusform>
            <numerusform>%1 من %2 جلسات</numerusform>
            <numerusform>%1 من %2 جلسة</numerusform>
            <numerusform>%1 من %2 جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sessions</source>
        <translation>
            <numerusform>%1 جلسة</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%1 جلسات</numerusform>
            <numerusform>%1 جلسةً</numerusform>
            <numerusform>%1 جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation>لا توجد جلسة تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>No sessions yet.
Import the platform&apos;s export to see your history.</source>
        <translation>لا جلسات بعد.
استورد ملف تصدير المنصة لترى سجلك.</translation>
    </message>
</context>
<context>
    <name>SessionsTableModel</name>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>الفرز حسب «%1»</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 · not yet on the platform</source>
        <translation>%1 · ليست على المنصة بعد</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>تنتهي %1</translation>
    </message>
    <message>
        <source>%1 of %2 sessions used</source>
        <translation>استُخدمت %1 من %2 جلسات</translation>
    </message>
    <message>
        <source>Booked here as %1; no export from the platform has confirmed it yet</source>
        <translation>حُجزت هنا باسم %1؛ لم يؤكّدها أي ملف تصدير من المنصة بعد</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Your own time zone</source>
        <translation>منطقتك الزمنية</translation>
    </message>
    <message>
        <source>As in the platform export (%1)</source>
        <translation>كما في ملف تصدير المنصة (%1)</translation>
    </message>
    <message>
        <source>Where you live: your weekly availability is wall-clock time here, days off are its days, and the monthly intro limit counts its months.</source>
        <translation>حيث تعيش: أوقات إتاحتك الأسبوعية بالتوقيت المحلي هناك، وأيام الإجازة أيامه، وحدّ جلسات التعارف الشهري يُحسب بأشهره.</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>عرض الأوقات بتوقيت</translation>
    </message>
    <message>
        <source>Your own time zone (%1)</source>
        <translation>منطقتك الزمنية (%1)</translation>
    </message>
    <message>
        <source>Only how times read, e.g. while you travel: your availability, days off and the intro limit stay in your own time zone.</source>
        <translation>طريقة عرض الأوقات فقط، مثلًا أثناء السفر: تبقى أوقات إتاحتك وأيام إجازتك وحدّ التعارف بمنطقتك الزمنية.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Mentor Desk.</source>
        <translation>تُستخدم اللغة الجديدة من التشغيل التالي لـ Mentor Desk.</translation>
    </message>
    <message>
        <source>Remind me before sessions and of unconfirmed ones</source>
        <translation>ذكّرني قبل الجلسات وبالجلسات غير المؤكَّدة</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> دقيقة قبلها</translation>
    </message>
    <message>
        <source>Reminder lead time</source>
        <translation>مدة التذكير المسبق</translation>
    </message>
    <message>
        <source>Folder for platform exports</source>
        <translation>مجلد ملفات تصدير المنصة</translation>
    </message>
    <message>
        <source>Folder for outbox files</source>
        <translation>مجلد ملفات الصادر</translation>
    </message>
    <message>
        <source>Keep a calendar file up to date</source>
        <translation>إبقاء ملف تقويم محدَّثًا</translation>
    </message>
    <message>
        <source>After every change Mentor Desk rewrites this .ics file; put it in a folder that OneDrive, Dropbox or Google Drive syncs and subscribe to it from your calendar.</source>
        <translation>بعد كل تغيير يعيد Mentor Desk كتابة ملف ICS هذا؛ ضعه في مجلد يزامنه OneDrive أو Dropbox أو Google Drive واشترك فيه من تقويمك.</translation>
    </message>
    <message>
        <source>Calendar file kept up to date</source>
        <translation>ملف التقويم المحدَّث</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Hide mentee names in this file</source>
        <translation>إخفاء أسماء المتدرّبين في هذا الملف</translation>
    </message>
    <message>
        <source>Events say &quot;Mentoring session&quot; instead of the type and the mentee&apos;s name: for a file in a shared or cloud-synced folder.</source>
        <translation>تظهر الأحداث باسم «جلسة إرشاد» بدل النوع واسم المتدرّب: لملف في مجلد مشترك أو متزامن مع السحابة.</translation>
    </message>
    <message>
        <source>Platform commission in percent</source>
        <translation>عمولة المنصة بالنسبة المئوية</translation>
    </message>
    <message>
        <source>Taken from your share of each held paid session counted from now on; sessions already counted keep the rate they were counted at.</source>
        <translation>تُخصم من حصتك في كل جلسة مدفوعة منعقدة تُحسب من الآن؛ تحتفظ الجلسات المحسوبة بنسبتها.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>Exports from</source>
        <translation>ملفات التصدير من</translation>
    </message>
    <message>
        <source>Outbox files to</source>
        <translation>ملفات الصادر إلى</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>ملف التقويم</translation>
    </message>
    <message>
        <source>Commission (%)</source>
        <translation>العمولة (%)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Calendar server</source>
        <translation>خادم التقويم</translation>
    </message>
    <message>
        <source>There is no system keyring here: the calendar server&apos;s password is kept until Mentor Desk quits, and asked for once at the next start.</source>
        <translation>لا توجد حلقة مفاتيح للنظام هنا: تُحفظ كلمة مرور خادم التقويم حتى إغلاق Mentor Desk، وتُطلب مرة واحدة عند التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>SlotPreviewModel</name>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Intro slots</source>
        <translation>مواعيد التعارف</translation>
    </message>
    <message>
        <source>Paid slots</source>
        <translation>المواعيد المدفوعة</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>يوم إجازة</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>Upcoming sessions</source>
        <translation>الجلسات القادمة</translation>
    </message>
    <message>
        <source>Sessions starting in the next %1</source>
        <translation>جلسات تبدأ خلال الـ%1 القادمة</translation>
    </message>
    <message>
        <source>Nothing in the next %1.
New sessions appear here once you accept invitations.</source>
        <translation>لا شيء خلال الـ%1 القادمة.
تظهر الجلسات الجديدة هنا بمجرد قبولك الدعوات.</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>إلغاء الجلسة…</translation>
    </message>
    <message>
        <source>Cancel the selected session</source>
        <translation>إلغاء الجلسة المحددة</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>القادمة</translation>
    </message>
    <message>
        <source>Cancelled. Undo is in the Edit menu until you write the outbox.</source>
        <translation>تم الإلغاء. يمكنك التراجع من قائمة «تحرير» إلى أن تكتب ملف الصادر.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mentor Desk</source>
        <translation>مرحبًا بك في Mentor Desk</translation>
    </message>
    <message>
        <source>Your sessions, invitations and availability live here, on this computer, and work offline.

Start by importing the export file from the mentorship platform, or look around with sample data first.</source>
        <translation>جلساتك ودعواتك وأوقات إتاحتك محفوظة هنا، على هذا الحاسوب، وتعمل دون اتصال.

ابدأ باستيراد ملف التصدير من منصة الإرشاد، أو استكشف البرنامج أولًا ببيانات تجريبية.</translation>
    </message>
    <message>
        <source>Import platform export…</source>
        <translation>استيراد ملف تصدير المنصة…</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>تحميل بيانات تجريبية</translation>
    </message>
    <message>
        <source>Tip: you can also drop an export (.json) or a calendar (.ics) onto this window.</source>
        <translation>تلميح: يمكنك أيضًا إفلات ملف تصدير (.json) أو تقويم (.ics) على هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>WindowsTableModel</name>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Intro sessions must be booked at least {hours} ahead; this one starts in {span}.</source>
        <translation>يجب حجز الجلسات التعريفية قبل {hours} على الأقل؛ هذه الجلسة تبدأ بعد {span}.</translation>
    </message>
    <message>
        <source>Intro sessions can be booked at most {days} ahead; this one starts in {span}.</source>
        <translation>يمكن حجز الجلسات التعريفية قبل {days} على الأكثر؛ هذه الجلسة تبدأ بعد {span}.</translation>
    </message>
    <message>
        <source>A mentee may have at most {limit} intro sessions per calendar month; {mentee} already has {count} in {month}.</source>
        <translation>لا يحق للمتدرّب أكثر من {limit} جلسات تعريفية في الشهر الميلادي؛ لدى {mentee} بالفعل {count} في {month}.</translation>
    </message>
    <message>
        <source>Paid sessions need an active bundle with sessions left; {mentee} has {detail}.</source>
        <translation>تحتاج الجلسات المدفوعة إلى باقة نشطة فيها جلسات متبقية؛ لدى {mentee}: {detail}.</translation>
    </message>
    <message>
        <source>{when} is outside your intro availability ({windows}).</source>
        <translation>{when} خارج أوقات إتاحتك للجلسات التعريفية ({windows}).</translation>
    </message>
    <message>
        <source>{when} is outside your paid availability ({windows}).</source>
        <translation>{when} خارج أوقات إتاحتك للجلسات المدفوعة ({windows}).</translation>
    </message>
    <message>
        <source>{day} is one of your days off.</source>
        <translation>{day} من أيام إجازتك.</translation>
    </message>
    <message>
        <source>This would overlap session {id} ({mentee}, {type}, {start}–{end} on {day}); a mentor never has two sessions at once.</source>
        <translation>سيتداخل هذا مع الجلسة {id} ({mentee}، {type}، {start}–{end} يوم {day})؛ لا تكون للمرشد جلستان في وقت واحد.</translation>
    </message>
    <message>
        <source>This overlaps busy time in your calendar: {busy}; it can be booked anyway only with your consent.</source>
        <translation>يتداخل هذا مع وقت مشغول في تقويمك: {busy}؛ لا يمكن حجزه رغم ذلك إلا بموافقتك.</translation>
    </message>
    <message>
        <source>Sessions can be cancelled only at least {hours} before they start; this one starts in {span}.</source>
        <translation>لا يمكن إلغاء الجلسات إلا قبل بدئها بـ{hours} على الأقل؛ هذه الجلسة تبدأ بعد {span}.</translation>
    </message>
    <message>
        <source>Session {id} has already started; it can no longer be cancelled.</source>
        <translation>بدأت الجلسة {id} بالفعل؛ لم يعد من الممكن إلغاؤها.</translation>
    </message>
    <message>
        <source>A reason is required to reject a session.</source>
        <translation>يلزم ذكر سبب لرفض الجلسة.</translation>
    </message>
    <message>
        <source>A reason is required to cancel a session.</source>
        <translation>يلزم ذكر سبب لإلغاء الجلسة.</translation>
    </message>
    <message>
        <source>A reason can be at most {max} characters; this one has {chars}.</source>
        <translation>لا يتجاوز السبب {max} حرفًا؛ هذا السبب فيه {chars}.</translation>
    </message>
    <message>
        <source>This request has expired: it was to start {ago}; it can no longer be accepted.</source>
        <translation>انتهت صلاحية هذا الطلب: كان موعد بدئه {ago}؛ لم يعد من الممكن قبوله.</translation>
    </message>
    <message>
        <source>Session {id} is {status}; it cannot be accepted.</source>
        <translation>حالة الجلسة {id}: {status}؛ لا يمكن قبولها.</translation>
    </message>
    <message>
        <source>Session {id} is {status}; it cannot be rejected.</source>
        <translation>حالة الجلسة {id}: {status}؛ لا يمكن رفضها.</translation>
    </message>
    <message>
        <source>Session {id} is {status}; it cannot be cancelled.</source>
        <translation>حالة الجلسة {id}: {status}؛ لا يمكن إلغاؤها.</translation>
    </message>
    <message>
        <source>Session {id} is {status}; it cannot be confirmed.</source>
        <translation>حالة الجلسة {id}: {status}؛ لا يمكن تأكيدها.</translation>
    </message>
    <message>
        <source>A session can be confirmed only after it has ended; this one ends in {span}.</source>
        <translation>لا يمكن تأكيد الجلسة إلا بعد انتهائها؛ هذه الجلسة تنتهي بعد {span}.</translation>
    </message>
    <message>
        <source>An intro session needs a decision as well: approve or reject continuation.</source>
        <translation>تحتاج الجلسة التعريفية إلى قرار أيضًا: الموافقة على الاستمرار أو رفضه.</translation>
    </message>
    <message>
        <source>Only intro sessions take a decision; {id} is a paid session.</source>
        <translation>القرار للجلسات التعريفية فقط؛ {id} جلسة مدفوعة.</translation>
    </message>
    <message>
        <source>Session {id} was already confirmed ({status}).</source>
        <translation>سبق تأكيد الجلسة {id} ({status}).</translation>
    </message>
    <message>
        <source>{when} has already passed.</source>
        <translation>{when} قد مضى بالفعل.</translation>
    </message>
    <message>
        <source>Paid sessions last between {min} and {max} minutes; {minutes} was asked.</source>
        <translation>تستغرق الجلسات المدفوعة بين {min} و{max} دقيقة؛ المطلوب كان {minutes}.</translation>
    </message>
    <message>
        <source>An availability window must end after it starts ({start}–{end}).</source>
        <translation>يجب أن تنتهي فترة الإتاحة بعد بدايتها ({start}–{end}).</translation>
    </message>
    <message>
        <source>This window overlaps your intro window {other}.</source>
        <translation>تتداخل هذه الفترة مع فترتك للجلسات التعريفية {other}.</translation>
    </message>
    <message>
        <source>This window overlaps your paid window {other}.</source>
        <translation>تتداخل هذه الفترة مع فترتك للجلسات المدفوعة {other}.</translation>
    </message>
    <message>
        <source>There is no decision left to undo (decisions already written to an outbox are final).</source>
        <translation>لا يوجد قرار يمكن التراجع عنه (القرارات المكتوبة في ملف صادر نهائية).</translation>
    </message>
    <message>
        <source>The database already holds sessions; sample data goes only into an empty database.</source>
        <translation>قاعدة البيانات تحتوي على جلسات بالفعل؛ البيانات التجريبية تُضاف إلى قاعدة بيانات فارغة فقط.</translation>
    </message>
    <message>
        <source>{path} already exists and is not an outbox of yours; choose another file name.</source>
        <translation>{path} موجود بالفعل وليس ملفًا صادرًا خاصًا بك؛ اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>Import a platform export first: the outbox needs your mentor id from it.</source>
        <translation>استورد ملف تصدير من المنصة أولًا: يحتاج الملف الصادر إلى معرّف المرشد الخاص بك منه.</translation>
    </message>
    <message>
        <source>{zone} is not a known time zone.</source>
        <translation>{zone} ليست منطقة زمنية معروفة.</translation>
    </message>
    <message>
        <source>Another imported calendar is already called {name}; choose another name.</source>
        <translation>يوجد تقويم مستورد آخر باسم {name}؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>An imported calendar needs a name.</source>
        <translation>يحتاج التقويم المستورد إلى اسم.</translation>
    </message>
    <message>
        <source>No calendar server is set up (File &gt; Settings… &gt; Calendar server).</source>
        <translation>لم يُعدّ خادم تقويم (ملف &gt; الإعدادات… &gt; خادم التقويم).</translation>
    </message>
    <message>
        <source>The calendar server has no calendar {name}; it has {names}.</source>
        <translation>لا يوجد في خادم التقويم تقويم باسم {name}؛ الموجود: {names}.</translation>
    </message>
    <message>
        <source>No event {uid} waits for your choice.</source>
        <translation>لا يوجد حدث {uid} بانتظار اختيارك.</translation>
    </message>
    <message>
        <source>A note can be at most {max} characters; this one has {chars}.</source>
        <translation>لا تتجاوز الملاحظة {max} حرفًا؛ هذه الملاحظة فيها {chars}.</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>يحتاج الهدف إلى عنوان.</translation>
    </message>
    <message>
        <source>A goal can be at most {max} characters; this one has {chars}.</source>
        <translation>لا يتجاوز الهدف {max} حرفًا؛ هذا الهدف فيه {chars}.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>يحتاج المؤشر إلى اسم.</translation>
    </message>
    <message>
        <source>{stage} is not a stage; the stages are {stages}.</source>
        <translation>{stage} ليست مرحلة؛ المراحل هي {stages}.</translation>
    </message>
    <message>
        <source>The commission must lie between 0 and {max} %; {percent} % was asked.</source>
        <translation>يجب أن تكون العمولة بين 0 و{max} %؛ المطلوب كان {percent} %.</translation>
    </message>
    <message>
        <source>Session {id} is not one of {mentee}&apos;s sessions.</source>
        <translation>الجلسة {id} ليست من جلسات {mentee}.</translation>
    </message>
    <message>
        <source>The progress must be a number; {value} is not.</source>
        <translation>يجب أن يكون التقدم رقمًا؛ {value} ليس رقمًا.</translation>
    </message>
    <message>
        <source>A target must be a number; {value} is not.</source>
        <translation>يجب أن تكون القيمة المستهدفة رقمًا؛ {value} ليس رقمًا.</translation>
    </message>
    <message>
        <source>The commission must be a number; {value} is not.</source>
        <translation>يجب أن تكون العمولة رقمًا؛ {value} ليس رقمًا.</translation>
    </message>
    <message>
        <source>There is no session {id} here.</source>
        <translation>لا توجد هنا جلسة {id}.</translation>
    </message>
    <message>
        <source>There is no mentee {id} here.</source>
        <translation>لا يوجد هنا متدرّب {id}.</translation>
    </message>
    <message>
        <source>There is no bundle {id} here.</source>
        <translation>لا توجد هنا باقة {id}.</translation>
    </message>
    <message>
        <source>There is no file {id}.</source>
        <translation>لا يوجد ملف {id}.</translation>
    </message>
    <message>
        <source>There is no availability window {id}.</source>
        <translation>لا توجد فترة إتاحة {id}.</translation>
    </message>
    <message>
        <source>There is no day off on {id}.</source>
        <translation>لا توجد إجازة في {id}.</translation>
    </message>
    <message>
        <source>There is no imported calendar {id}.</source>
        <translation>لا يوجد تقويم مستورد {id}.</translation>
    </message>
    <message>
        <source>{host} refused access (403 Forbidden).</source>
        <translation>رفض {host} الوصول (403 Forbidden).</translation>
    </message>
    <message>
        <source>{host} refused the user name or password (401 Unauthorized).</source>
        <translation>رفض {host} اسم المستخدم أو كلمة المرور (401 Unauthorized).</translation>
    </message>
    <message>
        <source>{host} asks to wait (too many requests).</source>
        <translation>يطلب {host} الانتظار (طلبات كثيرة جدًا).</translation>
    </message>
    <message>
        <source>{host} refused the request: {why}</source>
        <translation>رفض {host} الطلب: {why}</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {why}</source>
        <translation>تعذّر الوصول إلى {host}: {why}</translation>
    </message>
    <message>
        <source>{host}: {why}</source>
        <translation>{host}: {why}</translation>
    </message>
    <message>
        <source>{host} is not a calendar server address: {why}</source>
        <translation>{host} ليس عنوان خادم تقويم: {why}</translation>
    </message>
    <message>
        <source>The password of {why} on {host} is not kept on this computer (there is no system keyring): give it when asked.</source>
        <translation>كلمة مرور {why} على {host} غير محفوظة على هذا الحاسوب (لا توجد سلسلة مفاتيح للنظام): أدخلها عند طلبها.</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>إجابة فارغة</translation>
    </message>
    <message>
        <source>One-word answer</source>
        <translation>إجابة من كلمة واحدة</translation>
    </message>
    <message>
        <source>Name looks made up</source>
        <translation>الاسم يبدو مختلقًا</translation>
    </message>
    <message>
        <source>Throw-away e-mail address</source>
        <translation>عنوان بريد مؤقت</translation>
    </message>
    <message>
        <source>Shortened link</source>
        <translation>رابط مختصر</translation>
    </message>
    <message>
        <source>Unexpected link</source>
        <translation>رابط غير متوقع</translation>
    </message>
    <message>
        <source>Money or click-bait wording</source>
        <translation>عبارات مال أو استدراج</translation>
    </message>
    <message>
        <source>Clashes with your busy time</source>
        <translation>يتعارض مع وقت انشغالك</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; was left empty. A mentee who wants a mentor usually says something here.</source>
        <translation>تُرك «{question}» فارغًا. المتدرّب الذي يريد مرشدًا يكتب هنا شيئًا عادةً.</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; was left empty (only &quot;{answer}&quot;). A mentee who wants a mentor usually says something here.</source>
        <translation>تُرك «{question}» فارغًا (فقط «{answer}»). المتدرّب الذي يريد مرشدًا يكتب هنا شيئًا عادةً.</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; was answered with one word: &quot;{answer}&quot;. That is too little to prepare an intro session from.</source>
        <translation>أُجيب عن «{question}» بكلمة واحدة: «{answer}». هذا أقل من أن يُحضَّر منه لجلسة تعريفية.</translation>
    </message>
    <message>
        <source>The name &quot;{name}&quot; looks made up: {signs}.</source>
        <translation>الاسم «{name}» يبدو مختلقًا: {signs}.</translation>
    </message>
    <message>
        <source>{email} is at {domain}, a service for disposable addresses that stop working after a few minutes or days.</source>
        <translation>{email} لدى {domain}، وهي خدمة عناوين مؤقتة تتوقف عن العمل بعد دقائق أو أيام.</translation>
    </message>
    <message>
        <source>The form contains {links}, a shortened link that hides where it leads; spam uses them to get past filters.</source>
        <translation>يحتوي النموذج على {links}، وهو رابط مختصر يخفي وجهته؛ يستخدمها المحتوى المزعج لتجاوز المرشّحات.</translation>
    </message>
    <message>
        <source>The answer to &quot;{question}&quot; links to {host} ({link}){more}. Check where it leads before opening it.</source>
        <translation>الإجابة عن «{question}» ترتبط بـ{host} ({link}){more}. تحقّق من وجهته قبل فتحه.</translation>
    </message>
    <message>
        <source>The form uses wording typical of spam: {words}.</source>
        <translation>يستخدم النموذج عبارات نموذجية للمحتوى المزعج: {words}.</translation>
    </message>
    <message>
        <source>The session overlaps busy time in your calendar: {busy}.</source>
        <translation>تتداخل الجلسة مع وقت مشغول في تقويمك: {busy}.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>it contains digits</source>
        <translation>يحتوي على أرقام</translation>
    </message>
    <message>
        <source>it has no letters</source>
        <translation>لا يحتوي على حروف</translation>
    </message>
    <message>
        <source>it uses a placeholder word ({0})</source>
        <translation>يستخدم كلمة بديلة ({0})</translation>
    </message>
    <message>
        <source>it is a well-known placeholder name</source>
        <translation>اسم بديل معروف</translation>
    </message>
    <message>
        <source>it is only single letters</source>
        <translation>يتكون من حروف مفردة فقط</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is one letter repeated</source>
        <translation>«{0}» حرف واحد مكرر</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; runs along the keyboard ({1})</source>
        <translation>«{0}» يسير على صف لوحة المفاتيح ({1})</translation>
    </message>
    <message>
        <source>it has no vowels</source>
        <translation>لا يحتوي على حروف علة</translation>
    </message>
    <message>
        <source>the past (%1)</source>
        <translation>الماضي (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 وواحدة أخرى</numerusform>
            <numerusform>%1 واثنتان أخريان</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>a busy event</source>
        <translation>حدث مشغول</translation>
    </message>
    <message>
        <source>all day on %1</source>
        <translation>طوال يوم %1</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>day, start, end</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>start, end</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>busy event, when</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <comment>busy event, calendar</comment>
        <translation>%1 (من %2)</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>bundle {id}: {used} of {total} used, {booked} booked</source>
        <translation>الباقة {id}: استُخدم {used} من {total}، ومحجوز {booked}</translation>
    </message>
    <message>
        <source>{id} is {status}</source>
        <translation>{id}: {status}</translation>
    </message>
    <message>
        <source>no active bundle ({bundles})</source>
        <translation>لا توجد باقة نشطة ({bundles})</translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation>لا توجد باقة</translation>
    </message>
    <message>
        <source>none on {weekday}</source>
        <translation>لا شيء يوم {weekday}</translation>
    </message>
    <message>
        <source>{weekday}: {windows}</source>
        <translation>{weekday}: {windows}</translation>
    </message>
    <message>
        <source>{start}–{end} on {day}</source>
        <translation>{start}–{end} يوم {day}</translation>
    </message>
    <message>
        <source>{weekday} {start}–{end}</source>
        <translation>{weekday} {start}–{end}</translation>
    </message>
    <message numerus="yes">
        <source>The database is busy: another Mentor Desk (perhaps an import) has been writing to it for over %n seconds; nothing was changed, try again in a moment.</source>
        <translation>
            <numerusform>قاعدة البيانات مشغولة: نسخة أخرى من Mentor Desk (ربما استيراد) تكتب فيها منذ أكثر من %n ثانية؛ لم يتغير شيء، حاول مرة أخرى بعد قليل.</numerusform>
            <numerusform>قاعدة البيانات مشغولة: نسخة أخرى من Mentor Desk (ربما استيراد) تكتب فيها منذ أكثر من ثانية واحدة؛ لم يتغير شيء، حاول مرة أخرى بعد قليل.</numerusform>
            <numerusform>قاعدة البيانات مشغولة: نسخة أخرى من Mentor Desk (ربما استيراد) تكتب فيها منذ أكثر من ثانيتين؛ لم يتغير شيء، حاول مرة أخرى بعد قليل.</numerusform>
            <numerusform>قاعدة البيانات مشغولة: نسخة أخرى من Mentor Desk (ربما استيراد) تكتب فيها منذ أكثر من %n ثوانٍ؛ لم يتغير شيء، حاول مرة أخرى بعد قليل.</numerusform>
            <numerusform>قاعدة البيانات مشغولة: نسخة أخرى من Mentor Desk (ربما استيراد) تكتب فيها منذ أكثر من %n ثانية؛ لم يتغير شيء، حاول مرة أخرى بعد قليل.</numerusform>
            <numerusform>قاعدة البيانات مشغولة: نسخة أخرى من Mentor Desk (ربما استيراد) تكتب فيها منذ أكثر من %n ثانية؛ لم يتغير شيء، حاول مرة أخرى بعد قليل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problems; nothing was changed.</source>
        <translation>
            <numerusform>لم يُستورد %1: %n مشكلة؛ لم يتغير شيء.</numerusform>
            <numerusform>لم يُستورد %1: مشكلة واحدة؛ لم يتغير شيء.</numerusform>
            <numerusform>لم يُستورد %1: مشكلتان؛ لم يتغير شيء.</numerusform>
            <numerusform>لم يُستورد %1: %n مشكلات؛ لم يتغير شيء.</numerusform>
            <numerusform>لم يُستورد %1: %n مشكلة؛ لم يتغير شيء.</numerusform>
            <numerusform>لم يُستورد %1: %n مشكلة؛ لم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (و%n أخرى)</numerusform>
            <numerusform> (وواحدة أخرى)</numerusform>
            <numerusform> (واثنتان أخريان)</numerusform>
            <numerusform> (و%n أخرى)</numerusform>
            <numerusform> (و%n أخرى)</numerusform>
            <numerusform> (و%n أخرى)</numerusform>
        </translation>
    </message>
</context>
</TS>
