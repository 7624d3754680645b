<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AttachmentStore</name>
    <message>
        <source>%1 is empty; nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attaching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attaching %1 returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoubleEntryReconciliation</name>
    <message numerus="yes">
        <source>%n mismatching line(s) still to be resolved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>saving the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrySession</name>
    <message>
        <source>no protocol is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>locking the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the stored protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the protocol: the stored revision changed during the save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the protocol returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the protocol&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the second entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved protocol cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the protocol&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the protocol&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no protocol to enter a second time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second entry needs the operator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entered this protocol; the second entry must be typed by another operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the second entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the second entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the protocols&apos; statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureEditCommand</name>
    <message>
        <source>edit line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationExplanation</name>
    <message>
        <source>line %1: not checked yet, a line is empty</source>
        <translation>%1 жолы: әлі тексерілмеді, бос жол бар</translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4</source>
        <translation>%1 жолы: %2 %3 %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 жолы: %2</translation>
    </message>
    <message>
        <source>line %1: %2, short by %3</source>
        <translation>%1 жолы: %2, %3 жетпейді</translation>
    </message>
    <message>
        <source>line %1: %2, over by %3</source>
        <translation>%1 жолы: %2, %3 артық</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>This protocol was entered by %1 at %2 while you were typing. Your values were not saved; compare them with the stored ones before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>басқа оператор</translation>
    </message>
    <message>
        <source>This protocol was changed by %1 at %2 (revision %3; you started from revision %4). Your values were not saved; compare them with the stored ones before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritorySearch</name>
    <message>
        <source>looking for precinct %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saylau::DoubleEntryDialog</name>
    <message>
        <source>&amp;Use typed value</source>
        <translation>Енгізілгенді &amp;алу</translation>
    </message>
    <message>
        <source>Double entry: resolve the differences</source>
        <translation>Қос енгізу: айырмашылықтарды шешіңіз</translation>
    </message>
    <message>
        <source>what the paper says</source>
        <translation>хаттамада не жазылған</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <source>&amp;Verify protocol</source>
        <translation>Хаттаманы &amp;растау</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Both entries agree on every line.</source>
        <translation>Екі енгізу барлық жолда сәйкес келеді.</translation>
    </message>
    <message>
        <source>Every difference is resolved: the protocol can be verified.</source>
        <translation>Барлық айырмашылық шешілді: хаттаманы растауға болады.</translation>
    </message>
    <message>
        <source>Difference %1 of %2 (%3 still open)</source>
        <translation>%2 айырмашылықтың %1-і (шешілмегені: %3)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 жол: %2</translation>
    </message>
    <message>
        <source>&amp;1  %1: %2   (Ctrl+1)</source>
        <translation>&amp;1  %1: %2   (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;2  %1: %2   (Ctrl+2)</source>
        <translation>&amp;2  %1: %2   (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>saylau::EntryFormWidget</name>
    <message>
        <source>Votes for each party list, in ballot order</source>
        <translation>Партиялық тізімдер үшін дауыстар, бюллетеньдегі ретпен</translation>
    </message>
</context>
<context>
    <name>saylau::EntryWindow</name>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Хаттама</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save and &amp;Next Precinct</source>
        <translation>Сақтау және &amp;келесі учаске</translation>
    </message>
    <message>
        <source>Second &amp;Entry (Blind)…</source>
        <translation>&amp;Қайта енгізу (соқыр)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Тарих…</translation>
    </message>
    <message>
        <source>&amp;Attach Photo…</source>
        <translation>&amp;Фото тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Go to Precinct No.…</source>
        <translation>№ &amp;учаскеге өту…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Zoom &amp;In on the Photo</source>
        <translation>Фотоны &amp;үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;Out of the Photo</source>
        <translation>Фотоны &amp;кішірейту</translation>
    </message>
    <message>
        <source>&amp;Fit the Photo</source>
        <translation>Фотоны терезеге &amp;сыйғызу</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <source>SaylauDesk</source>
        <translation>SaylauDesk</translation>
    </message>
    <message>
        <source>Choose a precinct in the navigator to enter its protocol.</source>
        <translation>Хаттамасын енгізу үшін навигатордан учаскені таңдаңыз.</translation>
    </message>
    <message>
        <source>Precinct No. %1 — %2</source>
        <translation>№ %1 учаске — %2</translation>
    </message>
    <message>
        <source>Second entry (blind): type the paper protocol again; the first entry stays hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved values typed at %1 were restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol entry — SaylauDesk</source>
        <translation>Хаттамаларды енгізу — SaylauDesk</translation>
    </message>
    <message>
        <source>Second entry by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Жаңа хаттама</translation>
    </message>
    <message>
        <source>Verified, revision %1</source>
        <translation>Расталған, %1-редакция</translation>
    </message>
    <message>
        <source>Entered by %1, revision %2</source>
        <translation>Енгізген: %1, %2-редакция</translation>
    </message>
    <message>
        <source>unsaved changes (kept as a draft)</source>
        <translation>сақталмаған өзгерістер (жоба ретінде сақталады)</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) fail: it can be saved, marked as having errors</source>
        <translation>
            <numerusform>%n бақылау арақатынасы орындалмады: сақтауға болады, хаттама қате деп белгіленеді</numerusform>
            <numerusform>%n бақылау арақатынасы орындалмады: сақтауға болады, хаттама қате деп белгіленеді</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 — Protocol entry — SaylauDesk</source>
        <translation>%1%2 — Хаттамаларды енгізу — SaylauDesk</translation>
    </message>
    <message>
        <source>Saved: precinct %1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>line %1: stored %2, yours %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;my values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;stored values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last precinct of this district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>Қайта енгізу</translation>
    </message>
    <message>
        <source>You entered this protocol yourself. The second entry must be typed by another operator, who has not seen the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol is verified.</source>
        <translation>Хаттама расталды.</translation>
    </message>
    <message>
        <source>Attach a Photo or Scan of the Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image this program can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved protocols?</source>
        <translation>Сақталмаған хаттамаларды қалпына келтіру керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) you typed were not saved (the program was closed or stopped), the first from %1. Restore them? No discards them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saylau::HistoryDialog</name>
    <message>
        <source>observer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>байланыс</translation>
    </message>
    <message>
        <source>received at</source>
        <translation>қашан алынды</translation>
    </message>
    <message>
        <source>received how</source>
        <translation>қалай алынды</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Тарих: %1</translation>
    </message>
    <message>
        <source>Save / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>расталды</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сақталды</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saylau::NavigatorPane</name>
    <message>
        <source>SaylauDesk</source>
        <translation>SaylauDesk</translation>
    </message>
    <message>
        <source>There is no precinct No. %1</source>
        <translation>№ %1 учаске жоқ</translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to precinct No.</source>
        <translation>№ учаскеге өту</translation>
    </message>
</context>
<context>
    <name>saylau::OperatorDialog</name>
    <message>
        <source>Who is entering protocols?</source>
        <translation>Хаттамаларды кім енгізеді?</translation>
    </message>
    <message>
        <source>Your &amp;name, as it will appear in the history of every protocol you save:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saylau::RelationPanel</name>
    <message>
        <source>(warning)</source>
        <translation>(ескерту)</translation>
    </message>
    <message>
        <source>Control relations</source>
        <translation>Бақылау арақатынастары</translation>
    </message>
</context>
<context>
    <name>saylau::SourcePanel</name>
    <message>
        <source>%1 (%2 KB, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observer:</source>
        <translation>&amp;Бақылаушы:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Байла&amp;ныс:</translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation>&amp;Қашан алынды:</translation>
    </message>
    <message>
        <source>Received &amp;how:</source>
        <translation>Қалай а&amp;лынды:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>Name of the observer who brought the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Телефон немесе e-mail</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>e.g. the observer was removed before the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper copy handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo by messenger</source>
        <translation>мессенджер арқылы фото</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электрондық пошта</translation>
    </message>
    <message>
        <source>dictated by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans of the paper protocol:</source>
        <translation>Қағаз хаттаманың фотолары мен сканерлері:</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>&amp;Фото тіркеу…</translation>
    </message>
</context>
<context>
    <name>saylau::TerritoryTreeModel</name>
    <message>
        <source>Precinct No. %1</source>
        <translation>№ %1 учаске</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>With protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Енгізу</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>енгізілмеген</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>енгізілген</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>расталған</translation>
    </message>
    <message>
        <source>differs from official</source>
        <translation>ресми деректен өзгеше</translation>
    </message>
    <message>
        <source>control relation error</source>
        <translation>бақылау арақатынасының қатесі</translation>
    </message>
</context>
</TS>
