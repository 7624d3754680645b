<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts (standard buttons, message boxes, text fields, the file dialog, the reasons a file cannot
     be read) in Kazakh: Debian ships no qtbase_kk.qm, so the program loads this one in its place. Source texts exactly as Qt 6 writes them
     (taken from qtbase_ru.qm with lconvert); edited by hand, not by lupdate. -->
<TS version="2.1" language="kk_KZ">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Әдепкі мәндер</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына ж&amp;оқ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Барлығына иә</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Толығырақ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толығырақты жасыру...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын белгілеу</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын белгілеу</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Сілтеме &amp;мекенжайын көшіру</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>Бір қадам &amp;төмен</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бір қадам &amp;жоғары</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Барлығын белгілеу</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>'%1' шынымен жойылсын ба?</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файл &amp;аты:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар қалтасы</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа қалта</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жоғарғы қалта</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңа қалта</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қайда:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңа қалта жасау</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрі:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Қалтаны табу</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Жасырын файлдарды &amp;көрсету</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бүйір панелі</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Қалталар</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгерту</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Қалтаны жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жоғарғы қалтаға өту</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Соңғы орындар</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толық көрініске ауысу</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа қалта жасау</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық көрініс</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тізім көрінісіне ауысу</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файл аты жарамсыз</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>Permission denied</source>
        <translation>Рұқсат жоқ</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Ашық файлдар тым көп</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Мұндай файл немесе каталог жоқ</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Құрылғыда бос орын қалмады</translation>
    </message>
</context>
</TS>
