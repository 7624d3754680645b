<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AttachmentStore</name>
    <message>
        <source>%1 is empty; nothing was attached</source>
        <translation>Файл %1 пуст; ничего не прикреплено</translation>
    </message>
    <message>
        <source>attaching %1</source>
        <translation>прикрепление %1</translation>
    </message>
    <message>
        <source>attaching %1 returned no id</source>
        <translation>прикрепление %1 не вернуло идентификатор</translation>
    </message>
    <message>
        <source>listing attachments</source>
        <translation>чтение списка вложений</translation>
    </message>
    <message>
        <source>reading the attachment</source>
        <translation>чтение вложения</translation>
    </message>
    <message>
        <source>there is no attachment %1</source>
        <translation>вложения %1 нет</translation>
    </message>
</context>
<context>
    <name>DoubleEntryReconciliation</name>
    <message numerus="yes">
        <source>%n mismatching line(s) still to be resolved</source>
        <translation>
            <numerusform>ещё %n расхождение не разрешено</numerusform>
            <numerusform>ещё %n расхождения не разрешены</numerusform>
            <numerusform>ещё %n расхождений не разрешены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>saving the draft</source>
        <translation>сохранение черновика</translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation>удаление черновика</translation>
    </message>
    <message>
        <source>reading drafts</source>
        <translation>чтение черновиков</translation>
    </message>
</context>
<context>
    <name>EntrySession</name>
    <message>
        <source>no protocol is open</source>
        <translation>протокол не открыт</translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>locking the protocol</source>
        <translation>блокировка протокола</translation>
    </message>
    <message>
        <source>reading the stored protocol</source>
        <translation>чтение сохранённого протокола</translation>
    </message>
    <message>
        <source>saving the protocol</source>
        <translation>сохранение протокола</translation>
    </message>
    <message>
        <source>saving the protocol: the stored revision changed during the save</source>
        <translation>сохранение протокола: сохранённая редакция изменилась во время записи</translation>
    </message>
    <message>
        <source>saving the protocol returned no id</source>
        <translation>сохранение протокола не вернуло идентификатор</translation>
    </message>
    <message>
        <source>recording the protocol&apos;s history</source>
        <translation>запись истории протокола</translation>
    </message>
    <message>
        <source>removing the second entries</source>
        <translation>удаление повторных вводов</translation>
    </message>
    <message>
        <source>the saved protocol cannot be read back</source>
        <translation>сохранённый протокол не удаётся прочитать</translation>
    </message>
    <message>
        <source>looking up the protocol</source>
        <translation>поиск протокола</translation>
    </message>
    <message>
        <source>reading the protocol&apos;s status</source>
        <translation>чтение статуса протокола</translation>
    </message>
    <message>
        <source>reading the protocol&apos;s history</source>
        <translation>чтение истории протокола</translation>
    </message>
    <message>
        <source>there is no protocol to enter a second time</source>
        <translation>нет протокола для повторного ввода</translation>
    </message>
    <message>
        <source>a second entry needs the operator&apos;s name</source>
        <translation>для повторного ввода нужно имя оператора</translation>
    </message>
    <message>
        <source>%1 entered this protocol; the second entry must be typed by another operator</source>
        <translation>Этот протокол ввёл(а) %1; повторный ввод должен выполнить другой оператор</translation>
    </message>
    <message>
        <source>saving the second entry</source>
        <translation>сохранение повторного ввода</translation>
    </message>
    <message>
        <source>reading the second entries</source>
        <translation>чтение повторных вводов</translation>
    </message>
    <message>
        <source>reading the protocols&apos; statuses</source>
        <translation>чтение статусов протоколов</translation>
    </message>
</context>
<context>
    <name>FigureEditCommand</name>
    <message>
        <source>edit line %1</source>
        <translation>правка строки %1</translation>
    </message>
</context>
<context>
    <name>RelationExplanation</name>
    <message>
        <source>line %1: not checked yet, a line is empty</source>
        <translation>строка %1: пока не проверено, есть пустая строка</translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4</source>
        <translation>строка %1: %2 %3 %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2, short by %3</source>
        <translation>строка %1: %2, не хватает %3</translation>
    </message>
    <message>
        <source>line %1: %2, over by %3</source>
        <translation>строка %1: %2, превышение на %3</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>This protocol was entered by %1 at %2 while you were typing. Your values were not saved; compare them with the stored ones before saving again.</source>
        <translation>Пока вы вводили, этот протокол ввёл(а) %1 в %2. Ваши значения не сохранены; сравните их с сохранёнными, прежде чем сохранять снова.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой оператор</translation>
    </message>
    <message>
        <source>This protocol was changed by %1 at %2 (revision %3; you started from revision %4). Your values were not saved; compare them with the stored ones before saving again.</source>
        <translation>Этот протокол изменил(а) %1 в %2 (редакция %3; вы начали с редакции %4). Ваши значения не сохранены; сравните их с сохранёнными, прежде чем сохранять снова.</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation>не удаётся подготовить запрос: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
</context>
<context>
    <name>TerritorySearch</name>
    <message>
        <source>looking for precinct %1</source>
        <translation>поиск участка %1</translation>
    </message>
</context>
<context>
    <name>saylau::DoubleEntryDialog</name>
    <message>
        <source>&amp;Use typed value</source>
        <translation>&amp;Взять введённое</translation>
    </message>
    <message>
        <source>Double entry: resolve the differences</source>
        <translation>Двойной ввод: разрешите расхождения</translation>
    </message>
    <message>
        <source>what the paper says</source>
        <translation>что написано в протоколе</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>&amp;Verify protocol</source>
        <translation>&amp;Подтвердить протокол</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Both entries agree on every line.</source>
        <translation>Оба ввода совпадают во всех строках.</translation>
    </message>
    <message>
        <source>Every difference is resolved: the protocol can be verified.</source>
        <translation>Все расхождения разрешены: протокол можно подтвердить.</translation>
    </message>
    <message>
        <source>Difference %1 of %2 (%3 still open)</source>
        <translation>Расхождение %1 из %2 (не разрешено: %3)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
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
        <translation>Голоса за партийные списки, в порядке бюллетеня</translation>
    </message>
</context>
<context>
    <name>saylau::EntryWindow</name>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Протокол</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save and &amp;Next Precinct</source>
        <translation>Сохранить и &amp;следующий участок</translation>
    </message>
    <message>
        <source>Second &amp;Entry (Blind)…</source>
        <translation>&amp;Повторный ввод (вслепую)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>&amp;Attach Photo…</source>
        <translation>Прикрепить &amp;фото…</translation>
    </message>
    <message>
        <source>&amp;Go to Precinct No.…</source>
        <translation>Перейти к &amp;участку №…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;In on the Photo</source>
        <translation>&amp;Увеличить фото</translation>
    </message>
    <message>
        <source>Zoom &amp;Out of the Photo</source>
        <translation>У&amp;меньшить фото</translation>
    </message>
    <message>
        <source>&amp;Fit the Photo</source>
        <translation>Фото по &amp;размеру окна</translation>
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
        <translation>Выберите участок в навигаторе, чтобы ввести его протокол.</translation>
    </message>
    <message>
        <source>Precinct No. %1 — %2</source>
        <translation>Участок № %1 — %2</translation>
    </message>
    <message>
        <source>Second entry (blind): type the paper protocol again; the first entry stays hidden.</source>
        <translation>Повторный ввод (вслепую): введите бумажный протокол ещё раз; первый ввод скрыт.</translation>
    </message>
    <message>
        <source>Unsaved values typed at %1 were restored.</source>
        <translation>Восстановлены несохранённые значения, введённые %1.</translation>
    </message>
    <message>
        <source>Protocol entry — SaylauDesk</source>
        <translation>Ввод протоколов — SaylauDesk</translation>
    </message>
    <message>
        <source>Second entry by %1</source>
        <translation>Повторный ввод: %1</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Новый протокол</translation>
    </message>
    <message>
        <source>Verified, revision %1</source>
        <translation>Подтверждён, редакция %1</translation>
    </message>
    <message>
        <source>Entered by %1, revision %2</source>
        <translation>Ввод: %1, редакция %2</translation>
    </message>
    <message>
        <source>unsaved changes (kept as a draft)</source>
        <translation>несохранённые изменения (хранятся как черновик)</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) fail: it can be saved, marked as having errors</source>
        <translation>
            <numerusform>не выполнено %n контрольное соотношение: сохранить можно, протокол будет отмечен как ошибочный</numerusform>
            <numerusform>не выполнено %n контрольных соотношения: сохранить можно, протокол будет отмечен как ошибочный</numerusform>
            <numerusform>не выполнено %n контрольных соотношений: сохранить можно, протокол будет отмечен как ошибочный</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 — Protocol entry — SaylauDesk</source>
        <translation>%1%2 — Ввод протоколов — SaylauDesk</translation>
    </message>
    <message>
        <source>Saved: precinct %1, revision %2</source>
        <translation>Сохранено: %1, редакция %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>line %1: stored %2, yours %3</source>
        <translation>строка %1: сохранено %2, у вас %3</translation>
    </message>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Протокол тем временем сохранил другой оператор</translation>
    </message>
    <message>
        <source>Keep &amp;my values</source>
        <translation>Оставить &amp;мои значения</translation>
    </message>
    <message>
        <source>Load the &amp;stored values</source>
        <translation>Загрузить &amp;сохранённые</translation>
    </message>
    <message>
        <source>That was the last precinct of this district.</source>
        <translation>Это был последний участок района.</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>Повторный ввод</translation>
    </message>
    <message>
        <source>You entered this protocol yourself. The second entry must be typed by another operator, who has not seen the first.</source>
        <translation>Этот протокол вводили вы. Повторный ввод должен выполнить другой оператор, не видевший первого ввода.</translation>
    </message>
    <message>
        <source>The protocol is verified.</source>
        <translation>Протокол подтверждён.</translation>
    </message>
    <message>
        <source>Attach a Photo or Scan of the Protocol</source>
        <translation>Прикрепить фото или скан протокола</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image this program can show.</source>
        <translation>%1 — не изображение, которое программа может показать.</translation>
    </message>
    <message>
        <source>Restore unsaved protocols?</source>
        <translation>Восстановить несохранённые протоколы?</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) you typed were not saved (the program was closed or stopped), the first from %1. Restore them? No discards them.</source>
        <translation>
            <numerusform>%n введённый вами протокол не был сохранён (программа была закрыта или остановлена), первый — от %1. Восстановить? «Нет» удалит черновики.</numerusform>
            <numerusform>%n введённых вами протокола не были сохранены (программа была закрыта или остановлена), первый — от %1. Восстановить? «Нет» удалит черновики.</numerusform>
            <numerusform>%n введённых вами протоколов не были сохранены (программа была закрыта или остановлена), первый — от %1. Восстановить? «Нет» удалит черновики.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saylau::HistoryDialog</name>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>received at</source>
        <translation>когда получен</translation>
    </message>
    <message>
        <source>received how</source>
        <translation>как получен</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Save / field</source>
        <translation>Сохранение / поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3, %4</source>
        <translation>Редакция %1, %2 (%3), %4</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>строка %1 (%2)</translation>
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
        <translation>Участка № %1 нет</translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation>&amp;Выборы:</translation>
    </message>
    <message>
        <source>Go to precinct No.</source>
        <translation>Перейти к участку №</translation>
    </message>
</context>
<context>
    <name>saylau::OperatorDialog</name>
    <message>
        <source>Who is entering protocols?</source>
        <translation>Кто вводит протоколы?</translation>
    </message>
    <message>
        <source>Your &amp;name, as it will appear in the history of every protocol you save:</source>
        <translation>Ваше &amp;имя — так оно будет записано в истории каждого сохранённого вами протокола:</translation>
    </message>
</context>
<context>
    <name>saylau::RelationPanel</name>
    <message>
        <source>(warning)</source>
        <translation>(предупреждение)</translation>
    </message>
    <message>
        <source>Control relations</source>
        <translation>Контрольные соотношения</translation>
    </message>
</context>
<context>
    <name>saylau::SourcePanel</name>
    <message>
        <source>%1 (%2 KB, %3, %4)</source>
        <translation>%1 (%2 КБ, %3, %4)</translation>
    </message>
    <message>
        <source>&amp;Observer:</source>
        <translation>&amp;Наблюдатель:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation>Получен &amp;когда:</translation>
    </message>
    <message>
        <source>Received &amp;how:</source>
        <translation>Получен &amp;как:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Name of the observer who brought the copy</source>
        <translation>Имя наблюдателя, доставившего копию</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Телефон или e-mail</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>e.g. the observer was removed before the count</source>
        <translation>например: наблюдателя удалили до подсчёта</translation>
    </message>
    <message>
        <source>paper copy handed over</source>
        <translation>бумажная копия передана лично</translation>
    </message>
    <message>
        <source>photo by messenger</source>
        <translation>фото через мессенджер</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>dictated by phone</source>
        <translation>продиктовано по телефону</translation>
    </message>
    <message>
        <source>Photos and scans of the paper protocol:</source>
        <translation>Фото и сканы бумажного протокола:</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>Прикрепить &amp;фото…</translation>
    </message>
</context>
<context>
    <name>saylau::TerritoryTreeModel</name>
    <message>
        <source>Precinct No. %1</source>
        <translation>Участок № %1</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Участков</translation>
    </message>
    <message>
        <source>With protocols</source>
        <translation>С протоколами</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не введён</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>введён</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>differs from official</source>
        <translation>расходится с официальным</translation>
    </message>
    <message>
        <source>control relation error</source>
        <translation>ошибка контрольных соотношений</translation>
    </message>
</context>
</TS>
