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
    <name>BackupCommand</name>
    <message>
        <source>Copy a campaign into a folder as a checked backup, even while it is being written</source>
        <translation>Скопировать кампанию в папку как проверенную резервную копию, даже во время записи в неё</translation>
    </message>
    <message>
        <source>Keep only the newest N backups of this campaign there (default: all).</source>
        <translation>Хранить там только N последних резервных копий этой кампании (по умолчанию — все).</translation>
    </message>
    <message>
        <source>--keep takes a number of backups</source>
        <translation>--keep принимает число резервных копий</translation>
    </message>
    <message>
        <source>The folder to write the backup of a campaign file into.</source>
        <translation>Папка, в которую записывается резервная копия файла кампании.</translation>
    </message>
    <message>
        <source>For a campaign on a server: the file to write pg_dump&apos;s dump of its database into (restore it with pg_restore).</source>
        <translation>Для кампании на сервере: файл, в который записывается дамп её базы данных, сделанный pg_dump (восстанавливается с помощью pg_restore).</translation>
    </message>
    <message>
        <source>a campaign on a server is backed up with --out FILE (a pg_dump file), not --to or --keep</source>
        <translation>резервная копия кампании на сервере делается с --out FILE (файл pg_dump), а не с --to или --keep</translation>
    </message>
    <message>
        <source>--to DIR is required (--out FILE is for a campaign on a server)</source>
        <translation>требуется --to DIR (--out FILE — для кампании на сервере)</translation>
    </message>
    <message>
        <source>--out is for a campaign on a server; a campaign file is backed up with --to DIR</source>
        <translation>--out — для кампании на сервере; резервная копия файла кампании делается с --to DIR</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>%1 is not a folder SaylauDesk can write backups into</source>
        <translation>%1 — не папка, в которую SaylauDesk может записывать резервные копии</translation>
    </message>
</context>
<context>
    <name>BenchAnalysisCommand</name>
    <message>
        <source>importing %1 as official figures...</source>
        <translation>импорт %1 как официальных данных...</translation>
    </message>
    <message>
        <source>%1 observer copies generated, %2 of them differing</source>
        <translation>сгенерировано копий наблюдателей: %1, из них расходятся: %2</translation>
    </message>
    <message>
        <source>every line summed per region</source>
        <translation>все строки суммируются по регионам</translation>
    </message>
    <message>
        <source>violations counted per control relation</source>
        <translation>нарушения подсчитываются по каждому контрольному соотношению</translation>
    </message>
    <message>
        <source>observer copies joined to official figures, differences per line</source>
        <translation>копии наблюдателей сопоставлены с официальными данными, расхождения по строкам</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>wall %1 s, CPU %2 s, peak memory %3 MB</source>
        <translation>реальное время %1 с, ЦП %2 с, пиковая память %3 МБ</translation>
    </message>
    <message>
        <source>  whole process, median of the runs; load average %1</source>
        <translation>  весь процесс, медиана прогонов; средняя загрузка %1</translation>
    </message>
    <message>
        <source>  sqlite3 shell (%1):  %2</source>
        <translation>  оболочка sqlite3 (%1):  %2</translation>
    </message>
    <message>
        <source>    query: %1</source>
        <translation>    запрос: %1</translation>
    </message>
    <message>
        <source>  saylau %1:  %2</source>
        <translation>  saylau %1:  %2</translation>
    </message>
    <message>
        <source>  ratio saylau / sqlite3:  wall %1, CPU %2</source>
        <translation>  отношение saylau / sqlite3:  реальное время %1, ЦП %2</translation>
    </message>
    <message>
        <source>Time saylau %1, whole process, against the sqlite3 shell&apos;s equivalent query</source>
        <translation>Сравнить время saylau %1 (весь процесс) с эквивалентным запросом в оболочке sqlite3</translation>
    </message>
    <message>
        <source>A campaign, or a results file to make one from.</source>
        <translation>Кампания или файл с результатами, из которого её создать.</translation>
    </message>
    <message>
        <source>Contest to analyse (may be left out when the file has one).</source>
        <translation>Выборы для анализа (можно не указывать, если в файле одни).</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Число прогонов каждого; выводится медиана.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The sqlite3 shell to compare with.</source>
        <translation>Оболочка sqlite3 для сравнения.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>For a results file: the campaign preset to import it into.</source>
        <translation>Для файла с результатами: пресет кампании, в которую его импортировать.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>For a results file: also time a generated file of this many precincts.</source>
        <translation>Для файла с результатами: также замерить сгенерированный файл с таким числом участков.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <source>The chart drawn.</source>
        <translation>Строимая диаграмма.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>--runs must be 1 or more</source>
        <translation>--runs должно быть не меньше 1</translation>
    </message>
    <message>
        <source>--scale needs a results file (DATA.csv) to generate from</source>
        <translation>для --scale нужен файл с результатами (DATA.csv), из которого генерировать данные</translation>
    </message>
    <message>
        <source>--scale must be 1 or more precincts</source>
        <translation>--scale должно быть не меньше 1 участка</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>не удаётся создать временную папку: %1</translation>
    </message>
    <message numerus="yes">
        <source>timing saylau %1 on %2 (%n run(s) each)...</source>
        <translation>
            <numerusform>замер saylau %1 на %2 (по %n прогону)...</numerusform>
            <numerusform>замер saylau %1 на %2 (по %n прогона)...</numerusform>
            <numerusform>замер saylau %1 на %2 (по %n прогонов)...</numerusform>
        </translation>
    </message>
    <message>
        <source>saylau %1 on %2: %3 protocols</source>
        <translation>saylau %1 на %2: протоколов: %3</translation>
    </message>
    <message>
        <source>generating %1 precincts...</source>
        <translation>генерация участков: %1...</translation>
    </message>
    <message>
        <source>timing the generated campaign...</source>
        <translation>замер на сгенерированной кампании...</translation>
    </message>
    <message>
        <source>saylau %1 on a generated campaign: %2 protocols</source>
        <translation>saylau %1 на сгенерированной кампании: протоколов: %2</translation>
    </message>
    <message>
        <source>  growth: %1x the protocols took %2x the wall time, %3x the CPU time and %4x the memory</source>
        <translation>  рост: в %1 раз больше протоколов — в %2 раз больше реального времени, в %3 раз больше времени ЦП и в %4 раз больше памяти</translation>
    </message>
    <message>
        <source>bench %1 times saylau against the sqlite3 shell on the same file, so it needs a campaign file or a results file; copy a server campaign to a file first (saylau copy %2 FILE.db)</source>
        <translation>bench %1 сравнивает saylau с оболочкой sqlite3 на том же файле, поэтому нужен файл кампании или файл с результатами; сначала скопируйте кампанию с сервера в файл (saylau copy %2 FILE.db)</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>the benchmarks are %1</source>
        <translation>тесты производительности: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Time a command against a reference (bench import DATA.csv | bench report|check|chart|diff FILE.db|DATA.csv | bench forensics FILE.db | bench merge)</source>
        <translation>Сравнить время команды с эталоном (bench import DATA.csv | bench report|check|chart|diff FILE.db|DATA.csv | bench forensics FILE.db | bench merge)</translation>
    </message>
</context>
<context>
    <name>BenchForensicsCommand</name>
    <message>
        <source>Time saylau forensics against the same Monte Carlo in numpy and against saylau report</source>
        <translation>Сравнить время saylau forensics с тем же методом Монте-Карло в numpy и с saylau report</translation>
    </message>
    <message>
        <source>official or observer.</source>
        <translation>official (официальные) или observer (наблюдатели).</translation>
    </message>
    <message>
        <source>Monte Carlo draws.</source>
        <translation>Число испытаний по методу Монте-Карло.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Число прогонов каждого; выводится медиана.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message numerus="yes">
        <source>timing saylau forensics, %n draw(s)...</source>
        <translation>
            <numerusform>замер saylau forensics, %n испытание...</numerusform>
            <numerusform>замер saylau forensics, %n испытания...</numerusform>
            <numerusform>замер saylau forensics, %n испытаний...</numerusform>
        </translation>
    </message>
    <message>
        <source>Forensics of %1, contest %2: %3 precincts tested, %4 Monte Carlo draws</source>
        <translation>Статистический анализ %1, выборы %2: проверено участков: %3, испытаний Монте-Карло: %4</translation>
    </message>
    <message>
        <source>  numpy: not available (python3 with numpy; Debian: python3-numpy), ratio skipped</source>
        <translation>  numpy: недоступен (нужен python3 с numpy; Debian: python3-numpy), отношение не вычислено</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>timing the same Monte Carlo in numpy...</source>
        <translation>замер того же метода Монте-Карло в numpy...</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>--draws must be 2 or more</source>
        <translation>--draws должно быть не меньше 2</translation>
    </message>
    <message>
        <source>--runs must be 1 or more</source>
        <translation>--runs должно быть не меньше 1</translation>
    </message>
    <message>
        <source>  saylau, in-process (read, Monte Carlo, excess votes):    %1 s</source>
        <translation>  saylau, в одном процессе (чтение, Монте-Карло, избыточные голоса):  %1 с</translation>
    </message>
    <message>
        <source>  saylau, Monte Carlo alone:                               %1 s (expected integer turnouts %2 ± %3)</source>
        <translation>  saylau, только Монте-Карло:                             %1 с (ожидаемое число целых явок %2 ± %3)</translation>
    </message>
    <message>
        <source>  numpy, the same Monte Carlo:                             %1 s (expected integer turnouts %2 ± %3)</source>
        <translation>  numpy, тот же метод Монте-Карло:                        %1 с (ожидаемое число целых явок %2 ± %3)</translation>
    </message>
    <message>
        <source>  ratio saylau / numpy (Monte Carlo):                      %1</source>
        <translation>  отношение saylau / numpy (Монте-Карло):                 %1</translation>
    </message>
    <message>
        <source>timing saylau forensics and saylau report as processes...</source>
        <translation>замер saylau forensics и saylau report как отдельных процессов...</translation>
    </message>
    <message>
        <source>wall %1 s, CPU %2 s, peak memory %3 MB</source>
        <translation>реальное время %1 с, ЦП %2 с, пиковая память %3 МБ</translation>
    </message>
    <message>
        <source>  saylau forensics, whole process:                         %1</source>
        <translation>  saylau forensics, весь процесс:                         %1</translation>
    </message>
    <message>
        <source>  saylau report --by region --format csv, whole process:   %1</source>
        <translation>  saylau report --by region --format csv, весь процесс:   %1</translation>
    </message>
    <message>
        <source>  ratio forensics / report, whole processes:               wall %1, CPU %2</source>
        <translation>  отношение forensics / report, целые процессы:           реальное время %1, ЦП %2</translation>
    </message>
</context>
<context>
    <name>BenchImportCommand</name>
    <message>
        <source>Time saylau import against the sqlite3 shell&apos;s raw .import of the same file</source>
        <translation>Сравнить время saylau import с простым .import того же файла в оболочке sqlite3</translation>
    </message>
    <message>
        <source>The results file to import.</source>
        <translation>Файл с результатами для импорта.</translation>
    </message>
    <message>
        <source>Campaign preset to import into.</source>
        <translation>Пресет кампании, в которую идёт импорт.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Число прогонов каждого; выводится медиана.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also time a generated file of this many precincts (e.g. 1000000).</source>
        <translation>Также замерить сгенерированный файл с таким числом участков (например, 1000000).</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <source>The sqlite3 shell to compare with.</source>
        <translation>Оболочка sqlite3 для сравнения.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>  sqlite3 .import (raw, untyped):  %1 s</source>
        <translation>  sqlite3 .import (сырой, без типов):  %1 с</translation>
    </message>
    <message>
        <source>  saylau import (full, %1 rows):  %2 s</source>
        <translation>  saylau import (полный, строк: %1):  %2 с</translation>
    </message>
    <message>
        <source>  ratio saylau / sqlite3:          %1</source>
        <translation>  отношение saylau / sqlite3:       %1</translation>
    </message>
    <message>
        <source>  CPU time (user + system):        sqlite3 %1 s, saylau %2 s (ratio %3)</source>
        <translation>  время ЦП (user + system):         sqlite3 %1 с, saylau %2 с (отношение %3)</translation>
    </message>
    <message numerus="yes">
        <source>timing %1 (%n run(s) each)...</source>
        <translation>
            <numerusform>замер %1 (по %n прогону)...</numerusform>
            <numerusform>замер %1 (по %n прогона)...</numerusform>
            <numerusform>замер %1 (по %n прогонов)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>  peak memory (RSS) of saylau:     %1 MB</source>
        <translation>  пиковая память (RSS) saylau:      %1 МБ</translation>
    </message>
    <message>
        <source>generating %1 precincts...</source>
        <translation>генерация участков: %1...</translation>
    </message>
    <message>
        <source>timing the generated file...</source>
        <translation>замер на сгенерированном файле...</translation>
    </message>
    <message>
        <source>Scaling: generated file of %1 precincts</source>
        <translation>Масштабирование: сгенерированный файл из %1 участков</translation>
    </message>
    <message>
        <source>  growth: %1x the rows took %2x the time (linear: %3x)</source>
        <translation>  рост: в %1 раз больше строк — в %2 раз больше времени (линейно: %3x)</translation>
    </message>
    <message>
        <source>--runs must be 1 or more</source>
        <translation>--runs должно быть не меньше 1</translation>
    </message>
    <message>
        <source>--scale must be 1 or more precincts</source>
        <translation>--scale должно быть не меньше 1 участка</translation>
    </message>
    <message>
        <source>  whole process, median of the runs</source>
        <translation>  весь процесс, медиана прогонов</translation>
    </message>
    <message>
        <source>  peak memory (RSS) of saylau:     %1 MB (growth %2x)</source>
        <translation>  пиковая память (RSS) saylau:     %1 МБ (рост %2x)</translation>
    </message>
    <message>
        <source>Import into a campaign on this PostgreSQL server instead, against psql&apos;s \copy of the file (a postgresql:// address whose user may create databases).</source>
        <translation>Вместо этого импортировать в кампанию на этом сервере PostgreSQL и сравнить с \copy файла через psql (адрес postgresql://, пользователь которого может создавать базы данных).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
</context>
<context>
    <name>BenchMergeCommand</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>Time packing and merging offices&apos; packages against copying the same bytes</source>
        <translation>Сравнить время упаковки и слияния пакетов офисов с копированием тех же байтов</translation>
    </message>
    <message>
        <source>Offices (default 20).</source>
        <translation>Число офисов (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Protocols per office, one photo each (default 25).</source>
        <translation>Протоколов на офис, по одному фото на каждый (по умолчанию 25).</translation>
    </message>
    <message>
        <source>Size of each photo in MB (default 2).</source>
        <translation>Размер каждого фото в МБ (по умолчанию 2).</translation>
    </message>
    <message>
        <source>The issue&apos;s full size: 1,000 protocols per office (40 GB of photos).</source>
        <translation>Полный размер из задачи: 1 000 протоколов на офис (40 ГБ фото).</translation>
    </message>
    <message>
        <source>Where to generate the files (default: a temporary folder).</source>
        <translation>Где создавать файлы (по умолчанию — во временной папке).</translation>
    </message>
    <message>
        <source>the reference needs the sqlite3 shell and cp (Debian: sqlite3, coreutils)</source>
        <translation>для сравнения нужны оболочка sqlite3 и cp (Debian: sqlite3, coreutils)</translation>
    </message>
    <message>
        <source>cannot make a working folder: %1</source>
        <translation>не удаётся создать рабочую папку: %1</translation>
    </message>
    <message>
        <source>Generating headquarters and %1 offices, %2 protocols each with a %3 MB photo…</source>
        <translation>Создание штаба и офисов (%1), по %2 протоколов в каждом, с фото по %3 МБ…</translation>
    </message>
    <message>
        <source>%1 offices × %2 protocols, %3 GB of packages</source>
        <translation>%1 офисов × %2 протоколов, %3 ГБ пакетов</translation>
    </message>
    <message>
        <source>pack (all offices):  %1 s  = %2 s per 1,000 protocols, %3 s per GB</source>
        <translation>упаковка (все офисы):  %1 с  = %2 с на 1 000 протоколов, %3 с на ГБ</translation>
    </message>
    <message>
        <source>merge at headquarters: %1 s  = %2 s per 1,000 protocols, %3 s per GB; peak memory %4 MB</source>
        <translation>слияние в штабе: %1 с  = %2 с на 1 000 протоколов, %3 с на ГБ; пиковая память %4 МБ</translation>
    </message>
    <message>
        <source>reference cp:          %1 s  (merge / cp = %2)</source>
        <translation>эталон cp:          %1 с  (слияние / cp = %2)</translation>
    </message>
    <message>
        <source>reference cp + sync:   %1 s  (merge / (cp + sync) = %2)</source>
        <translation>эталон cp + sync:   %1 с  (слияние / (cp + sync) = %2)</translation>
    </message>
    <message>
        <source>reference .backup:     %1 s  (merge / .backup = %2)</source>
        <translation>эталон .backup:     %1 с  (слияние / .backup = %2)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>--offices, --protocols and --photo-mb take positive numbers</source>
        <translation>--offices, --protocols и --photo-mb принимают положительные числа</translation>
    </message>
</context>
<context>
    <name>BulkProtocolWriter</name>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>не удалось подготовить импорт: %1</translation>
    </message>
    <message>
        <source>reading the territory failed: %1</source>
        <translation>не удалось прочитать территории: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>adding territory</source>
        <translation>добавление территорий</translation>
    </message>
    <message>
        <source>saving protocols</source>
        <translation>сохранение протоколов</translation>
    </message>
    <message>
        <source>reading the protocols being replaced</source>
        <translation>чтение заменяемых протоколов</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>нумерация импорта</translation>
    </message>
</context>
<context>
    <name>CampaignCommand</name>
    <message>
        <source>The campaign file.</source>
        <translation>Файл кампании.</translation>
    </message>
</context>
<context>
    <name>CampaignCopy</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>copying %1 failed: %2</source>
        <translation>не удалось скопировать %1: %2</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>подсчёт %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>чтение %1</translation>
    </message>
    <message>
        <source>%1 holds a table this version cannot copy (%2); nothing was copied</source>
        <translation>%1 содержит таблицу, которую эта версия не умеет копировать (%2); ничего не скопировано</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>нумерация %1</translation>
    </message>
    <message>
        <source>the copy in %1 does not match: %2 has %3 rows there, %4 in %5</source>
        <translation>копия в %1 не совпадает: в %2 там %3 строк, а в %5 — %4</translation>
    </message>
    <message>
        <source>the copy in %1 does not match: the checksum over protocols, their history and photos differs (%2 there, %3 in %4)</source>
        <translation>копия в %1 не совпадает: контрольная сумма протоколов, их истории и фото отличается (там %2, в %4 — %3)</translation>
    </message>
</context>
<context>
    <name>CampaignLocation</name>
    <message>
        <source>%1 is not a server address: %2</source>
        <translation>%1 — не адрес сервера: %2</translation>
    </message>
    <message>
        <source>%1: a password in the address would be kept in plain text (in histories, recent files, titles); put it in ~/.pgpass, or use peer authentication or a client certificate, and give the address without it</source>
        <translation>%1: пароль в адресе хранился бы открытым текстом (в истории, недавних файлах, заголовках); поместите его в ~/.pgpass или используйте peer-аутентификацию либо клиентский сертификат, а адрес укажите без пароля</translation>
    </message>
    <message>
        <source>a server address names one database: postgresql://user@host:port/database</source>
        <translation>адрес сервера указывает одну базу данных: postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>unknown TLS mode &quot;%1&quot; (one of: %2)</source>
        <translation>неизвестный режим TLS «%1» (один из: %2)</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>порт %1 вне допустимого диапазона</translation>
    </message>
    <message>
        <source>%1: the port &quot;%2&quot; is not a number</source>
        <translation>%1: порт «%2» — не число</translation>
    </message>
    <message>
        <source>%1: two ports, %2 and %3</source>
        <translation>%1: указаны два порта — %2 и %3</translation>
    </message>
    <message>
        <source>%1: unknown parameter &quot;%2&quot; (known: host, port, sslmode)</source>
        <translation>%1: неизвестный параметр «%2» (известные: host, port, sslmode)</translation>
    </message>
</context>
<context>
    <name>CampaignQuery</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it</source>
        <translation>%1 уже существует; выберите другое имя или откройте этот файл</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не удаётся прочитать файл: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 повреждён или не является базой данных: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a SaylauDesk campaign</source>
        <translation>%1 — база данных SQLite, но не кампания SaylauDesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer SaylauDesk (schema %2; this version reads up to %3). Update SaylauDesk to open it.</source>
        <translation>%1 записан более новой версией SaylauDesk (схема %2; эта версия читает до %3). Обновите SaylauDesk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2)</source>
        <translation>%1 повреждён (проверка целостности: %2)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>internal error: nested transaction</source>
        <translation>внутренняя ошибка: вложенная транзакция</translation>
    </message>
    <message>
        <source>reading the election</source>
        <translation>чтение выборов</translation>
    </message>
    <message>
        <source>saving the election</source>
        <translation>сохранение выборов</translation>
    </message>
    <message>
        <source>reading contests</source>
        <translation>чтение списка выборов</translation>
    </message>
    <message>
        <source>reading contest %1</source>
        <translation>чтение выборов %1</translation>
    </message>
    <message>
        <source>%1 has no contest &quot;%2&quot;</source>
        <translation>в %1 нет выборов «%2»</translation>
    </message>
    <message>
        <source>contest %1: the stored form is damaged: %2</source>
        <translation>выборы %1: сохранённая форма повреждена: %2</translation>
    </message>
    <message>
        <source>reading the ballot of %1</source>
        <translation>чтение бюллетеня выборов %1</translation>
    </message>
    <message>
        <source>adding contest %1</source>
        <translation>добавление выборов %1</translation>
    </message>
    <message>
        <source>replacing the ballot of %1</source>
        <translation>замена бюллетеня выборов %1</translation>
    </message>
    <message>
        <source>saving ballot entry %1 of %2</source>
        <translation>сохранение позиции бюллетеня %1 из %2</translation>
    </message>
    <message>
        <source>adding %1 %2</source>
        <translation>добавление %1 %2</translation>
    </message>
    <message>
        <source>adding %1 %2 returned no id</source>
        <translation>добавление %1 %2 не вернуло идентификатор</translation>
    </message>
    <message>
        <source>reading the territory</source>
        <translation>чтение территорий</translation>
    </message>
    <message>
        <source>looking up the territory</source>
        <translation>поиск территории</translation>
    </message>
    <message>
        <source>reading the protocol</source>
        <translation>чтение протокола</translation>
    </message>
    <message>
        <source>reading protocols</source>
        <translation>чтение протоколов</translation>
    </message>
    <message>
        <source>counting protocols</source>
        <translation>подсчёт протоколов</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>запись сведений об импорте</translation>
    </message>
    <message>
        <source>recording the import returned no id</source>
        <translation>запись сведений об импорте не вернула идентификатор</translation>
    </message>
    <message>
        <source>reading the import history</source>
        <translation>чтение истории импорта</translation>
    </message>
    <message>
        <source>saving the column mapping</source>
        <translation>сохранение сопоставления столбцов</translation>
    </message>
    <message>
        <source>reading the saved column mapping</source>
        <translation>чтение сохранённого сопоставления столбцов</translation>
    </message>
    <message numerus="yes">
        <source>%1: another program is writing to this campaign (an import or a save) and did not finish within %n second(s); nothing was changed. Try again when it has finished.</source>
        <translation>
            <numerusform>%1: другая программа записывает данные в эту кампанию (импорт или сохранение) и не завершила запись за %n секунду; ничего не изменено. Повторите попытку, когда она закончит.</numerusform>
            <numerusform>%1: другая программа записывает данные в эту кампанию (импорт или сохранение) и не завершила запись за %n секунды; ничего не изменено. Повторите попытку, когда она закончит.</numerusform>
            <numerusform>%1: другая программа записывает данные в эту кампанию (импорт или сохранение) и не завершила запись за %n секунд; ничего не изменено. Повторите попытку, когда она закончит.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a named pipe or a device); a campaign is a file</source>
        <translation>%1 — не обычный файл (папка, именованный канал или устройство); кампания — это файл</translation>
    </message>
    <message>
        <source>%1 is read-only and a write to it was cut short; open it once where it can be written, so that the write is undone</source>
        <translation>%1 доступен только для чтения, а запись в него была прервана; откройте его один раз там, где в него можно записывать, чтобы прерванная запись была отменена</translation>
    </message>
    <message>
        <source>%1 is an unfinished SaylauDesk campaign (its creation was cut short); create it again</source>
        <translation>%1 — незавершённая кампания SaylauDesk (её создание было прервано); создайте её заново</translation>
    </message>
    <message>
        <source>%1 carries SaylauDesk&apos;s mark, but its tables are not those of a SaylauDesk campaign at schema %2 (missing: %3); it was not opened and is left as it was</source>
        <translation>%1 помечен как файл SaylauDesk, но его таблицы не соответствуют кампании SaylauDesk со схемой %2 (отсутствуют: %3); файл не открыт и оставлен без изменений</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written); it can be read, but nothing can be saved into it</source>
        <translation>%1 доступен только для чтения (нельзя записывать в файл или его папку); его можно читать, но сохранить в него ничего нельзя</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older SaylauDesk (schema %2); it must be upgraded once where it can be written</source>
        <translation>%1 доступен только для чтения и записан более старой версией SaylauDesk (схема %2); его нужно один раз обновить там, где в него можно записывать</translation>
    </message>
    <message>
        <source>opening %1 for reading</source>
        <translation>открытие %1 для чтения</translation>
    </message>
    <message>
        <source>setting up %1 (%2)</source>
        <translation>настройка %1 (%2)</translation>
    </message>
    <message>
        <source>starting to write to %1</source>
        <translation>начало записи в %1</translation>
    </message>
    <message>
        <source>saving to %1</source>
        <translation>сохранение в %1</translation>
    </message>
    <message>
        <source>%1, contest %2, %3: %4</source>
        <translation>%1, выборы %2, %3: %4</translation>
    </message>
    <message>
        <source>%1, contest %2, %3 copy %4: %5</source>
        <translation>%1, выборы %2, %3, копия %4: %5</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>не удаётся открыть %1: драйвер PostgreSQL для Qt (QPSQL) не установлен (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no SaylauDesk campaign (create one there with saylau init-server or saylau copy)</source>
        <translation>в %1 нет кампании SaylauDesk (создайте её там командой saylau init-server или saylau copy)</translation>
    </message>
    <message>
        <source>reading the schema version of %1 failed</source>
        <translation>не удалось прочитать версию схемы %1</translation>
    </message>
    <message>
        <source>removing the translations of %1</source>
        <translation>удаление переводов %1</translation>
    </message>
    <message>
        <source>saving the translations of %1</source>
        <translation>сохранение переводов %1</translation>
    </message>
    <message>
        <source>reading the file&apos;s change counter</source>
        <translation>чтение счётчика изменений файла</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an empty database (it holds %n table(s) or view(s), %2 among them); a campaign is created in an empty database of its own</source>
        <translation>
            <numerusform>%1 — не пустая база данных (в ней %n таблица или представление, в том числе %2); кампания создаётся в отдельной пустой базе данных</numerusform>
            <numerusform>%1 — не пустая база данных (в ней %n таблицы или представления, в том числе %2); кампания создаётся в отдельной пустой базе данных</numerusform>
            <numerusform>%1 — не пустая база данных (в ней %n таблиц или представлений, в том числе %2); кампания создаётся в отдельной пустой базе данных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draw a press chart of a contest to PNG, SVG or PDF</source>
        <translation>Построить диаграмму для прессы в PNG, SVG или PDF</translation>
    </message>
    <message>
        <source>The contest to draw.</source>
        <translation>Выборы для диаграммы.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>Pixels of a PNG (and the proportions of SVG/PDF).</source>
        <translation>Размер PNG в пикселях (и пропорции SVG/PDF).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ШxВ</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Файл для записи: .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Party shares of all ballots cast (cast) or of valid votes (valid).</source>
        <translation>Доли партий от всех проголосовавших (cast) или от действительных голосов (valid).</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>Leave the spoiled ballots out.</source>
        <translation>Не учитывать испорченные бюллетени.</translation>
    </message>
    <message>
        <source>Decimals of the percentages (0-2).</source>
        <translation>Знаков после запятой в процентах (0-2).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Name of the organisation, at the foot of the chart.</source>
        <translation>Название организации внизу диаграммы.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>Image of the organisation&apos;s logo.</source>
        <translation>Изображение логотипа организации.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан файл %1</translation>
    </message>
    <message>
        <source>A party&apos;s colour (its short name) instead of the ballot&apos;s; repeatable.</source>
        <translation>Цвет партии (по краткому названию) вместо цвета из бюллетеня; можно повторять.</translation>
    </message>
    <message>
        <source>party=#rrggbb</source>
        <translation>партия=#rrggbb</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Одно из: %1.</translation>
    </message>
    <message>
        <source>The party (short name) regions are sorted by, or whose share the forensic charts show; the leader by default.</source>
        <translation>Партия (краткое название), по доле которой упорядочиваются регионы или чью долю показывают диаграммы статистического анализа; по умолчанию — лидер.</translation>
    </message>
    <message>
        <source>Bin of turnout-histogram-fine, in percentage points: 0.1, 0.5 or 1.</source>
        <translation>Ширина интервала для turnout-histogram-fine в процентных пунктах: 0.1, 0.5 или 1.</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>пп</translation>
    </message>
    <message>
        <source>observer, official or both; by default the sources the contest has.</source>
        <translation>observer (наблюдатели), official (официальные) или both (оба); по умолчанию — источники, которые есть у выборов.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, each from %1 to %2 pixels, e.g. 1920x1080</source>
        <translation>--size должно иметь вид ШИРИНАxВЫСОТА, каждое от %1 до %2 пикселей, например 1920x1080</translation>
    </message>
    <message>
        <source>--precision must be 0, 1 or 2</source>
        <translation>--precision должно быть 0, 1 или 2</translation>
    </message>
    <message>
        <source>--logo %1: %2</source>
        <translation>--logo %1: %2</translation>
    </message>
    <message>
        <source>--color must be PARTY=#rrggbb</source>
        <translation>--color должно иметь вид ПАРТИЯ=#rrggbb</translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <source>SYNTHETIC DEMO DATA — not real election results</source>
        <translation>СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — не реальные итоги выборов</translation>
    </message>
    <message>
        <source>%1: published total, %2 voters</source>
        <translation>%1: опубликованный итог, избирателей: %2</translation>
    </message>
    <message>
        <source>%1, published total</source>
        <translation>%1, опубликованный итог</translation>
    </message>
    <message>
        <source>official figures of the election commissions</source>
        <translation>официальные данные избирательных комиссий</translation>
    </message>
    <message>
        <source>copies of precinct protocols brought by observers</source>
        <translation>копии протоколов участковых комиссий, полученные наблюдателями</translation>
    </message>
    <message>
        <source>Source: %1. Made with SaylauDesk.</source>
        <translation>Источник: %1. Подготовлено в SaylauDesk.</translation>
    </message>
    <message>
        <source>Shares of %1.</source>
        <translation>Доли от %1.</translation>
    </message>
    <message>
        <source>%1% threshold (of %2)</source>
        <translation>Порог %1% (от %2)</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>действительных голосов</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>проголосовавших</translation>
    </message>
    <message>
        <source>no party &quot;%1&quot; on the ballot of %2</source>
        <translation>в бюллетене «%2» нет партии «%1»</translation>
    </message>
    <message>
        <source>Party shares by region, %1</source>
        <translation>Доли партий по регионам, %1</translation>
    </message>
    <message>
        <source>% of %1</source>
        <translation>% от %1</translation>
    </message>
    <message>
        <source>Regions sorted by the share of %1.</source>
        <translation>Регионы упорядочены по доле партии «%1».</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Явка по регионам</translation>
    </message>
    <message>
        <source>%1: turnout from %2 (%3) to %4 (%5); mean of the regions %6.</source>
        <translation>%1: явка от %2 (%3) до %4 (%5); среднее по регионам %6.</translation>
    </message>
    <message>
        <source>%1, overall: %2</source>
        <translation>%1, всего: %2</translation>
    </message>
    <message>
        <source>% of voters on the list who took part</source>
        <translation>% избирателей в списке, принявших участие</translation>
    </message>
    <message>
        <source>Party shares</source>
        <translation>Доли партий</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Spoiled ballots</source>
        <translation>Испорченные бюллетени</translation>
    </message>
    <message>
        <source>Spoiled ballots: of all ballots cast.</source>
        <translation>Испорченные бюллетени: от всех проголосовавших.</translation>
    </message>
    <message>
        <source>%1; turnout %2; over the threshold: %3.</source>
        <translation>%1; явка %2; преодолели порог: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Seats (%1): %2.</source>
        <translation>Мандаты (%1): %2.</translation>
    </message>
    <message>
        <source>Turnout across precincts</source>
        <translation>Распределение участков по явке</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Участков</translation>
    </message>
    <message>
        <source>a chart needs one aggregation per source</source>
        <translation>для диаграммы нужна одна сводка на каждый источник</translation>
    </message>
    <message>
        <source>%1: bars are the sums of the precincts of each region; the line is the published total.</source>
        <translation>%1: столбцы — суммы участков каждого региона; линия — опубликованный итог.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln precinct(s), %2 voters</source>
        <translation>
            <numerusform>%1: %Ln участок, избирателей: %2</numerusform>
            <numerusform>%1: %Ln участка, избирателей: %2</numerusform>
            <numerusform>%1: %Ln участков, избирателей: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln precinct(s)</source>
        <translation>
            <numerusform>%1, %Ln участок</numerusform>
            <numerusform>%1, %Ln участка</numerusform>
            <numerusform>%1, %Ln участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s) observed</source>
        <translation>
            <numerusform>наблюдение на %Ln участке</numerusform>
            <numerusform>наблюдение на %Ln участках</numerusform>
            <numerusform>наблюдение на %Ln участках</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown, under the threshold in the whole contest: %1.</source>
        <translation>Не показаны (ниже порога в целом): %1.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Явка, % от избирателей в списке</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln precinct(s)</source>
        <translation>
            <numerusform>%1: %Ln участок</numerusform>
            <numerusform>%1: %Ln участка</numerusform>
            <numerusform>%1: %Ln участков</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: the %1 regions with the lowest and the %2 with the highest %3, of %4.</source>
        <translation>Показаны %1 регионов с наименьшим и %2 с наибольшим значением (%3) из %4.</translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>явка</translation>
    </message>
    <message>
        <source>%1 is drawn from per-precinct figures, not from aggregates</source>
        <translation>%1 строится по данным отдельных участков, а не по сводным данным</translation>
    </message>
    <message>
        <source>the estimate chart is drawn from a sample&apos;s estimate, not from sums</source>
        <translation>диаграмма оценки строится по оценке из выборки, а не по суммам</translation>
    </message>
    <message>
        <source>a chart needs a source</source>
        <translation>для диаграммы нужен источник</translation>
    </message>
    <message>
        <source>The observers&apos; copies of %1 are not a random sample of precincts: there is no margin of error to draw. Draw a sample before election day (Reports → Sample of precincts); &quot;saylau estimate&quot; shows what the copies cover.</source>
        <translation>Копии наблюдателей по выборам «%1» не являются случайной выборкой участков: погрешность показать невозможно. Сформируйте выборку до дня голосования (Отчёты → Выборка участков); «saylau estimate» показывает, что охватывают копии.</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n sampled precinct(s) has reported yet</source>
        <translation>
            <numerusform>ни с одного из %n участка выборки ещё не поступили данные</numerusform>
            <numerusform>ни с одного из %n участков выборки ещё не поступили данные</numerusform>
            <numerusform>ни с одного из %n участков выборки ещё не поступили данные</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample estimate and official result</source>
        <translation>Оценка по выборке и официальный результат</translation>
    </message>
    <message numerus="yes">
        <source>random sample of %Ln precinct(s), %1 reported</source>
        <translation>
            <numerusform>случайная выборка из %Ln участка, данные получены: %1</numerusform>
            <numerusform>случайная выборка из %Ln участков, данные получены: %1</numerusform>
            <numerusform>случайная выборка из %Ln участков, данные получены: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3–%4)</source>
        <translation>%1: %2 (%3–%4)</translation>
    </message>
    <message>
        <source>%, with the 95% interval</source>
        <translation>%, с доверительным интервалом 95%</translation>
    </message>
    <message>
        <source>Estimate from the sample, 95% interval</source>
        <translation>Оценка по выборке, доверительный интервал 95%</translation>
    </message>
    <message>
        <source>Official result</source>
        <translation>Официальный результат</translation>
    </message>
    <message>
        <source>Turnout: of voters on the list. Party shares: of %1.</source>
        <translation>Явка: от избирателей в списке. Доли партий: от %1.</translation>
    </message>
    <message>
        <source>Every official figure lies inside its interval.</source>
        <translation>Все официальные данные лежат внутри своих интервалов.</translation>
    </message>
    <message>
        <source>Official figures outside the interval: %1.</source>
        <translation>Официальные данные вне интервала: %1.</translation>
    </message>
    <message>
        <source>Source: copies of precinct protocols brought by observers from a random sample of precincts; official figures of the election commissions. Made with SaylauDesk.</source>
        <translation>Источник: копии протоколов участковых комиссий, полученные наблюдателями на случайной выборке участков; официальные данные избирательных комиссий. Подготовлено в SaylauDesk.</translation>
    </message>
    <message>
        <source>%1 has no precinct with a turnout in the figures chosen: nothing to draw.</source>
        <translation>%1: в выбранных данных нет ни одного участка с явкой, строить нечего.</translation>
    </message>
    <message>
        <source>%1 has no figures by region in the figures chosen (a published total is not broken down): nothing to draw.</source>
        <translation>%1: в выбранных данных нет данных по регионам (опубликованный итог не разбит по регионам), строить нечего.</translation>
    </message>
    <message>
        <source>%1 has no observers&apos; copies yet: there is nothing to compare with the official figures.</source>
        <translation>%1: копий наблюдателей пока нет, сравнивать с официальными данными нечего.</translation>
    </message>
    <message>
        <source>Turnout: %1 of voters on the list, per precinct protocol; bins of %2 percentage points, each from its lower bound up to (not including) its upper one. Totals published only for a whole region or the country are not precincts and are not counted here.</source>
        <translation>Явка: число %1 к числу избирателей в списке, по протоколу каждого участка; интервалы по %2 п. п., каждый от нижней границы включительно до верхней, не включая её. Итоги, опубликованные только для региона или страны в целом, участками не являются и здесь не учтены.</translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation>доля партии «%1»</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: выберите файл .png, .svg или .pdf</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>List control-relation violations per protocol (exit code 1 when errors exist)</source>
        <translation>Список нарушений контрольных соотношений по протоколам (код выхода 1 при наличии ошибок)</translation>
    </message>
    <message>
        <source>Check only this contest.</source>
        <translation>Проверить только эти выборы.</translation>
    </message>
    <message>
        <source>Check only observer or official protocols.</source>
        <translation>Проверить только протоколы наблюдателей или только официальные.</translation>
    </message>
    <message>
        <source>%1 [%2%3] %4: %5 %6 %7 (difference %8), %9</source>
        <translation>%1 [%2%3] %4: %5 %6 %7 (разница %8), %9</translation>
    </message>
    <message numerus="yes">
        <source>Contest %1: %Ln protocol(s) checked</source>
        <translation>
            <numerusform>Выборы %1: проверен %Ln протокол</numerusform>
            <numerusform>Выборы %1: проверено %Ln протокола</numerusform>
            <numerusform>Выборы %1: проверено %Ln протоколов</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1, violated %2, not checked %3</source>
        <translation>проверено %1, нарушено %2, не проверено %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
</context>
<context>
    <name>ChildProcessTimer</name>
    <message>
        <source>cannot make a temporary file: %1</source>
        <translation>не удаётся создать временный файл: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>не удаётся запустить %1: %2</translation>
    </message>
    <message>
        <source>waiting for %1 failed: %2</source>
        <translation>ошибка ожидания %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2: ошибка: %3</translation>
    </message>
    <message>
        <source>the sqlite3 shell is needed as the reference (apt-get install sqlite3)</source>
        <translation>в качестве эталона нужна оболочка sqlite3 (apt-get install sqlite3)</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a column target (expected line:KEY, party:N, region, district, precinct, address, extra or ignore)</source>
        <translation>«%1» — не назначение столбца (ожидается line:КЛЮЧ, party:N, region, district, precinct, address, extra или ignore)</translation>
    </message>
    <message>
        <source>kept as text</source>
        <translation>сохраняется как текст</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>пропускается</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>territorial commission (district)</source>
        <translation>территориальная комиссия (ТИК)</translation>
    </message>
    <message>
        <source>precinct number</source>
        <translation>номер участка</translation>
    </message>
    <message>
        <source>precinct address</source>
        <translation>адрес участка</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>(not on the form)</source>
        <translation>(нет в форме)</translation>
    </message>
    <message>
        <source>party %1: %2</source>
        <translation>партия %1: %2</translation>
    </message>
    <message>
        <source>party %1: %2 (not on the ballot yet)</source>
        <translation>партия %1: %2 (ещё нет в бюллетене)</translation>
    </message>
    <message>
        <source>not a column mapping (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>это не сопоставление столбцов («format» не «%1»)</translation>
    </message>
    <message>
        <source>column mapping version %1 is not supported</source>
        <translation>версия сопоставления столбцов %1 не поддерживается</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: не объект JSON: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>it reads like a protocol line but matches none of the form&apos;s lines</source>
        <translation>похоже на строку протокола, но не совпадает ни с одной строкой формы</translation>
    </message>
    <message>
        <source>its number is ballot position %1 (%2), but its name, %3, is not that entry&apos;s nor clearly another&apos;s</source>
        <translation>его номер — позиция бюллетеня %1 (%2), но его название, %3, не относится ни к этой позиции, ни однозначно к другой</translation>
    </message>
    <message>
        <source>its name could be ballot position %1 (%2) or %3 (%4)</source>
        <translation>по названию это может быть позиция бюллетеня %1 (%2) или %3 (%4)</translation>
    </message>
    <message>
        <source>it names ballot position %1 (%2), which column %3 has already</source>
        <translation>он указывает позицию бюллетеня %1 (%2), которая уже занята столбцом %3</translation>
    </message>
    <message>
        <source>column %1 (no header)</source>
        <translation>столбец %1 (без заголовка)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>%1 has %n contest(s); choose one with --contest: %2</source>
        <translation>
            <numerusform>В %1 выборов: %n; выберите нужные с помощью --contest: %2</numerusform>
            <numerusform>В %1 выборов: %n; выберите нужные с помощью --contest: %2</numerusform>
            <numerusform>В %1 выборов: %n; выберите нужные с помощью --contest: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>saylau %1: %2</source>
        <translation>saylau %1: %2</translation>
    </message>
    <message>
        <source>The contest (may be left out when the file has one).</source>
        <translation>Выборы (можно не указывать, если в файле одни).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation>Формат вывода: text, csv или json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>Shares of all ballots cast, spoiled included (cast), or of valid votes (valid).</source>
        <translation>Доли от всех проголосовавших, включая испорченные бюллетени (cast), или от действительных голосов (valid).</translation>
    </message>
    <message>
        <source>base</source>
        <translation>база</translation>
    </message>
    <message>
        <source>%1 Leave --source out to show what there is.</source>
        <translation>%1 Не указывайте --source, чтобы показать то, что есть.</translation>
    </message>
    <message>
        <source>saylau: --lang must be one of %1</source>
        <translation>saylau: --lang должен быть одним из: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>ожидался %n аргумент</numerusform>
            <numerusform>ожидалось %n аргумента</numerusform>
            <numerusform>ожидалось %n аргументов</numerusform>
        </translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>--%1 %2 is required</source>
        <translation>требуется --%1 %2</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>неизвестный формат «%1»</translation>
    </message>
    <message>
        <source>--%1 must be %2</source>
        <translation>--%1 должно быть %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message numerus="yes">
        <source>expected %n or more argument(s)</source>
        <translation>
            <numerusform>ожидается не менее %n аргумента</numerusform>
            <numerusform>ожидается не менее %n аргументов</numerusform>
            <numerusform>ожидается не менее %n аргументов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>saylau %1: %2</source>
        <translation>saylau %1: %2</translation>
    </message>
    <message>
        <source>saylau: unknown command &quot;%1&quot;</source>
        <translation>saylau: неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Usage: saylau COMMAND [OPTIONS]  (saylau COMMAND --help for its options)</source>
        <translation>Использование: saylau КОМАНДА [ПАРАМЕТРЫ]  (saylau КОМАНДА --help — её параметры)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>--lang ru|kk|en with any command: the language of its words, dates and numbers (by default the one LANGUAGE, LC_ALL, LC_MESSAGES or LANG ask for).</source>
        <translation>--lang ru|kk|en с любой командой: язык её текста, дат и чисел (по умолчанию — тот, который задают LANGUAGE, LC_ALL, LC_MESSAGES или LANG).</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>this protocol changed while the conflict was open (another merge or resolution); nothing was saved, open it again</source>
        <translation>этот протокол изменился, пока конфликт был открыт (другое слияние или разрешение); ничего не сохранено, откройте его снова</translation>
    </message>
    <message>
        <source>reading the protocol</source>
        <translation>чтение протокола</translation>
    </message>
    <message>
        <source>the resolved protocol cannot be read back</source>
        <translation>разрешённый протокол не удаётся прочитать обратно</translation>
    </message>
    <message>
        <source>resolving the conflict</source>
        <translation>разрешение конфликта</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>List the protocols changed differently in two places, every version kept</source>
        <translation>Вывести протоколы, изменённые по-разному в двух местах (все версии сохранены)</translation>
    </message>
    <message numerus="yes">
        <source>Precinct %1, contest %2, %3%4: %n version(s)</source>
        <translation>
            <numerusform>Участок %1, выборы %2, %3%4: %n версия</numerusform>
            <numerusform>Участок %1, выборы %2, %3%4: %n версии</numerusform>
            <numerusform>Участок %1, выборы %2, %3%4: %n версий</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>%1 %2: deleted at %3 by %4 (%5), kept here because protocols, photos or drafts lie there</source>
        <translation>%1 %2: удалено %3, кем: %4 (%5); оставлено здесь, так как там есть протоколы, фото или черновики</translation>
    </message>
</context>
<context>
    <name>ContestSources</name>
    <message>
        <source>%1 has no protocols yet: import the official figures or enter the observers&apos; copies first.</source>
        <translation>%1: протоколов пока нет; сначала импортируйте официальные данные или введите копии наблюдателей.</translation>
    </message>
    <message>
        <source>%1 has no observers&apos; copies yet, only official figures.</source>
        <translation>%1: копий наблюдателей пока нет, есть только официальные данные.</translation>
    </message>
    <message>
        <source>%1 has no official figures yet, only observers&apos; copies.</source>
        <translation>%1: официальных данных пока нет, есть только копии наблюдателей.</translation>
    </message>
</context>
<context>
    <name>ContestsCommand</name>
    <message>
        <source>List the contests of a campaign file</source>
        <translation>Список выборов в файле кампании</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy a whole campaign (photos and history included) between a file and a server, and verify the copy</source>
        <translation>Скопировать всю кампанию (с фото и историей) между файлом и сервером и проверить копию</translation>
    </message>
    <message>
        <source>The campaign to copy: a file or a server address (postgresql://user@host:port/database).</source>
        <translation>Кампания для копирования: файл или адрес сервера (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>Where to copy it: a file that does not exist yet, or an empty database on a server.</source>
        <translation>Куда копировать: ещё не существующий файл или пустая база данных на сервере.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n row(s), verified (the rows of every table counted; checksum over protocols, their history and photos: %3)</source>
        <translation>
            <numerusform>%1 скопирована в %2: %n строка, проверено (подсчитаны строки каждой таблицы; контрольная сумма протоколов, их истории и фото: %3)</numerusform>
            <numerusform>%1 скопирована в %2: %n строки, проверено (подсчитаны строки каждой таблицы; контрольная сумма протоколов, их истории и фото: %3)</numerusform>
            <numerusform>%1 скопирована в %2: %n строк, проверено (подсчитаны строки каждой таблицы; контрольная сумма протоколов, их истории и фото: %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyProtocolWriter</name>
    <message>
        <source>reading the protocols</source>
        <translation>чтение протоколов</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>adding territory</source>
        <translation>добавление территорий</translation>
    </message>
    <message>
        <source>reading the protocols being replaced</source>
        <translation>чтение заменяемых протоколов</translation>
    </message>
    <message>
        <source>saving protocols</source>
        <translation>сохранение протоколов</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>нумерация импорта</translation>
    </message>
    <message>
        <source>recording the protocols&apos; history</source>
        <translation>запись истории протоколов</translation>
    </message>
</context>
<context>
    <name>CountArithmetic</name>
    <message>
        <source>a sum of counts does not fit in 64 bits: the campaign holds a count far above %1, the largest a protocol cell can hold; correct it and try again</source>
        <translation>сумма чисел не помещается в 64 бита: в кампании есть число намного больше %1 — наибольшего, которое может содержать ячейка протокола; исправьте его и повторите попытку</translation>
    </message>
</context>
<context>
    <name>CountParser</name>
    <message>
        <source>not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <source>a negative count</source>
        <translation>отрицательное число</translation>
    </message>
    <message>
        <source>above %1, the largest count a protocol cell holds</source>
        <translation>больше %1 — наибольшего числа, которое может содержать ячейка протокола</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>it starts with a UTF-8 byte-order mark</source>
        <translation>он начинается с метки порядка байтов UTF-8</translation>
    </message>
    <message>
        <source>its beginning is UTF-8</source>
        <translation>его начало — в UTF-8</translation>
    </message>
    <message>
        <source>its beginning is not UTF-8</source>
        <translation>его начало — не в UTF-8</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field (a quote inside a field is written twice)</source>
        <translation>текст после закрывающей кавычки поля в кавычках (кавычка внутри поля записывается дважды)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message numerus="yes">
        <source>the record is longer than %n MB</source>
        <translation>
            <numerusform>запись длиннее %n МБ</numerusform>
            <numerusform>запись длиннее %n МБ</numerusform>
            <numerusform>запись длиннее %n МБ</numerusform>
        </translation>
    </message>
    <message>
        <source>the byte 0x%1 is not valid %2, the encoding the file is read in (%3); save the file in one encoding and import it again</source>
        <translation>байт 0x%1 недопустим в кодировке %2, в которой читается файл (%3); сохраните файл в одной кодировке и импортируйте его снова</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, строка %2, столбец %3: %4</translation>
    </message>
</context>
<context>
    <name>CsvScaler</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 пуст</translation>
    </message>
    <message>
        <source>%1 has no precinct column to renumber</source>
        <translation>в %1 нет столбца с номером участка</translation>
    </message>
    <message>
        <source>%1 has no data rows</source>
        <translation>в %1 нет строк с данными</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoCampaign</name>
    <message>
        <source>demo: no plan for region %1</source>
        <translation>demo: нет плана для региона %1</translation>
    </message>
    <message>
        <source>demo: the vote table cannot be fitted</source>
        <translation>demo: не удаётся подобрать таблицу голосов</translation>
    </message>
    <message>
        <source>demo: the ballot of %1 has no party &quot;%2&quot;</source>
        <translation>demo: в бюллетене %1 нет партии «%2»</translation>
    </message>
    <message>
        <source>demo: contest %1 would receive fewer ballots than voters</source>
        <translation>demo: на выборы %1 поступило бы меньше бюллетеней, чем избирателей</translation>
    </message>
    <message>
        <source>demo: the kz-2021 territory has no region %1</source>
        <translation>demo: в территории kz-2021 нет региона %1</translation>
    </message>
    <message>
        <source>synthetic</source>
        <translation>синтетические</translation>
    </message>
    <message>
        <source>synthetic official figures</source>
        <translation>синтетические официальные данные</translation>
    </message>
    <message>
        <source>Synthetic demonstration data made by &quot;saylau demo&quot;: the precinct protocols are invented so that their totals reproduce the summary tables of the observers&apos; press release (HAQ / Adil saylau, January 2021). They are not real protocols. As in the press release, the observers went where they could: their copies are not a random sample of precincts, so no margin of error can be given for them (&quot;saylau estimate&quot; shows what they cover instead).</source>
        <translation>Синтетические демонстрационные данные, созданные командой «saylau demo»: протоколы участков придуманы так, чтобы их итоги воспроизводили сводные таблицы пресс-релиза наблюдателей (HAQ / Adil saylau, январь 2021 г.). Это не настоящие протоколы. Как и в пресс-релизе, наблюдатели работали там, куда смогли попасть: их копии не являются случайной выборкой участков, поэтому погрешность для них указать нельзя (вместо этого «saylau estimate» показывает, что они охватывают).</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo campaign (synthetic data: the 2021 Kazakh elections) in a new file</source>
        <translation>Создать демонстрационную кампанию (синтетические данные: выборы 2021 года в Казахстане) в новом файле</translation>
    </message>
    <message>
        <source>Created the demo campaign in %1 (synthetic data, not real results); contests: %2</source>
        <translation>Демонстрационная кампания создана в %1 (синтетические данные, не реальные итоги); выборы: %2</translation>
    </message>
    <message>
        <source>The campaign file to create.</source>
        <translation>Создаваемый файл кампании.</translation>
    </message>
</context>
<context>
    <name>DeskBenchmark</name>
    <message>
        <source>the program was still busy after 10 minutes</source>
        <translation>программа всё ещё была занята через 10 минут</translation>
    </message>
    <message>
        <source>%1 has no precinct with a protocol of %2 to save again</source>
        <translation>в %1 нет участка с протоколом %2, который можно сохранить заново</translation>
    </message>
    <message>
        <source>the program did not open %1</source>
        <translation>программа не открыла %1</translation>
    </message>
    <message>
        <source>after opening, the navigator or the overview was empty</source>
        <translation>после открытия навигатор или обзор были пусты</translation>
    </message>
    <message>
        <source>the overview did not change after the save</source>
        <translation>обзор не изменился после сохранения</translation>
    </message>
    <message>
        <source>  %1: %2 s (goal %3; %4x the shell)%5</source>
        <translation>  %1: %2 с (цель %3; %4× оболочки)%5</translation>
    </message>
    <message numerus="yes">
        <source>saylau-desk on %1: %2 protocols; wall time, median of %n run(s); load average %3</source>
        <translation>
            <numerusform>saylau-desk на %1: протоколов: %2; реальное время, медиана %n прогона; средняя загрузка %3</numerusform>
            <numerusform>saylau-desk на %1: протоколов: %2; реальное время, медиана %n прогонов; средняя загрузка %3</numerusform>
            <numerusform>saylau-desk на %1: протоколов: %2; реальное время, медиана %n прогонов; средняя загрузка %3</numerusform>
        </translation>
    </message>
    <message>
        <source>  sqlite3 shell, every line summed per region (whole process): %1 s</source>
        <translation>  оболочка sqlite3, все строки суммируются по регионам (весь процесс): %1 с</translation>
    </message>
    <message>
        <source>    query: %1</source>
        <translation>    запрос: %1</translation>
    </message>
    <message>
        <source>opening, until the navigator and the overview are filled</source>
        <translation>открытие, пока не заполнятся навигатор и обзор</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 с</translation>
    </message>
    <message>
        <source>totals after a save, navigator and overview</source>
        <translation>итоги после сохранения, навигатор и обзор</translation>
    </message>
    <message>
        <source>&lt; 0.1 s</source>
        <translation>&lt; 0,1 с</translation>
    </message>
    <message>
        <source>the charts window offers no %1 chart</source>
        <translation>окно диаграмм не предлагает диаграмму %1</translation>
    </message>
    <message>
        <source>chart %1 redrawn</source>
        <translation>перерисовка диаграммы %1</translation>
    </message>
    <message>
        <source>&lt; 0.3 s</source>
        <translation>&lt; 0,3 с</translation>
    </message>
    <message>
        <source>, a message instead of a chart</source>
        <translation>, сообщение вместо диаграммы</translation>
    </message>
    <message>
        <source>Times the desktop program on a campaign: opening, the totals after a save, every chart redrawn.</source>
        <translation>Замеряет настольную программу на кампании: открытие, итоги после сохранения, перерисовку каждой диаграммы.</translation>
    </message>
    <message>
        <source>A campaign, or a results file to make one from.</source>
        <translation>Кампания или файл с результатами, из которого её создать.</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Число прогонов каждого; выводится медиана.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The sqlite3 shell to compare with.</source>
        <translation>Оболочка sqlite3 для сравнения.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>For a results file: the campaign preset to import it into.</source>
        <translation>Для файла с результатами: пресет кампании, в которую его импортировать.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>usage: saylau-desk-bench FILE.db|DATA.csv [--runs n], n 1 or more</source>
        <translation>использование: saylau-desk-bench FILE.db|DATA.csv [--runs n], n не меньше 1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>не удаётся скопировать %1 в %2</translation>
    </message>
    <message>
        <source>run %1 of %2...</source>
        <translation>прогон %1 из %2...</translation>
    </message>
    <message>
        <source>saylau-desk-bench: %1</source>
        <translation>saylau-desk-bench: %1</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Compare observer copies with official figures (exit code 1 when they differ)</source>
        <translation>Сравнить копии наблюдателей с официальными данными (код выхода 1 при расхождениях)</translation>
    </message>
    <message>
        <source>Contest to compare (may be left out when the file has one).</source>
        <translation>Выборы для сравнения (можно не указывать, если в файле одни).</translation>
    </message>
    <message>
        <source>Set aside doubtful copies (breaking their own control relations, or with voters far from the official figure).</source>
        <translation>Отложить сомнительные копии (нарушающие собственные контрольные соотношения или с числом избирателей, далёким от официального).</translation>
    </message>
    <message>
        <source>How many of the largest shifts to list.</source>
        <translation>Сколько крупнейших сдвигов показать.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>List matching precincts and precincts without a copy too.</source>
        <translation>Показать также совпадающие участки и участки без копии.</translation>
    </message>
    <message numerus="yes">
        <source>saylau diff: %n protocol(s) name a territory that is not in the file; left out</source>
        <translation>
            <numerusform>saylau diff: %n протокол указывает территорию, которой нет в файле; пропущен</numerusform>
            <numerusform>saylau diff: %n протокола указывают территорию, которой нет в файле; пропущены</numerusform>
            <numerusform>saylau diff: %n протоколов указывают территорию, которой нет в файле; пропущены</numerusform>
        </translation>
    </message>
    <message>
        <source>List every region by region, those without a copy too.</source>
        <translation>В разбивке по регионам показать все регионы, в том числе без копий.</translation>
    </message>
    <message>
        <source>--top must be a whole number, 0 or more</source>
        <translation>--top должно быть целым числом, 0 или больше</translation>
    </message>
</context>
<context>
    <name>Discrepancy</name>
    <message>
        <source>match</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>расходится</translation>
    </message>
    <message>
        <source>official figures missing</source>
        <translation>нет официальных данных</translation>
    </message>
    <message>
        <source>observer copy missing</source>
        <translation>нет копии наблюдателя</translation>
    </message>
    <message>
        <source>observer copies disagree</source>
        <translation>копии наблюдателей расходятся</translation>
    </message>
    <message>
        <source>copies cover part of the precincts</source>
        <translation>копии охватывают часть участков</translation>
    </message>
</context>
<context>
    <name>DiscrepancyReportWriter</name>
    <message>
        <source>the sum includes doubtful copies</source>
        <translation>сумма включает сомнительные копии</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <source>copy &quot;%1&quot;</source>
        <translation>копия «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1 breaks %n control relation(s) of its form</source>
        <translation>
            <numerusform>%1 нарушает %n контрольное соотношение своей формы</numerusform>
            <numerusform>%1 нарушает %n контрольных соотношения своей формы</numerusform>
            <numerusform>%1 нарушает %n контрольных соотношений своей формы</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 voters on the list against the official figure (likely another precinct)</source>
        <translation>%1: избирателей в списке %2 относительно официальных данных (вероятно, другой участок)</translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful copy(ies) set aside</source>
        <translation>
            <numerusform>%n сомнительная копия отложена</numerusform>
            <numerusform>%n сомнительные копии отложены</numerusform>
            <numerusform>%n сомнительных копий отложено</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4 (%5)</source>
        <translation>%1 %2: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>Voters on the list</source>
        <translation>Избирателей в списке</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>Получено бюллетеней</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Проголосовало</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Недействительные бюллетени</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Действительные бюллетени</translation>
    </message>
    <message>
        <source>Unused ballots</source>
        <translation>Неиспользованные бюллетени</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Precincts with observer copies: %1; with official figures: %2</source>
        <translation>Участков с копиями наблюдателей: %1; с официальными данными: %2</translation>
    </message>
    <message>
        <source>Compared like for like: %1; differing: %2 (of which %3 rest on a doubtful copy)</source>
        <translation>Сравнено сопоставимых: %1; с расхождениями: %2 (из них %3 — на сомнительной копии)</translation>
    </message>
    <message>
        <source>Official figures missing: %1; observer copy missing: %2; observer copies disagree: %3</source>
        <translation>Нет официальных данных: %1; нет копии наблюдателя: %2; копии наблюдателей расходятся: %3</translation>
    </message>
    <message>
        <source>Doubtful copies: %1 (set aside: %2)</source>
        <translation>Сомнительных копий: %1 (отложено: %2)</translation>
    </message>
    <message>
        <source>Official figures of TIKs/regions: %1 compared with the copies of all their precincts (%2 differing); %3 where the copies cover only part of the precincts (not comparable)</source>
        <translation>Официальные данные ТИК/регионов: %1 сравнено с копиями всех их участков (%2 с расхождениями); %3 — копии охватывают лишь часть участков (несравнимо)</translation>
    </message>
    <message>
        <source>Official figures against the copies</source>
        <translation>Официальные данные против копий</translation>
    </message>
    <message>
        <source>added</source>
        <translation>приписано</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>отнято</translation>
    </message>
    <message>
        <source>net</source>
        <translation>итого</translation>
    </message>
    <message>
        <source>Turnout (%1 / voters on the list) at the compared precincts: %2 by the copies, %3 official (%4 points)</source>
        <translation>Явка (%1 / избиратели в списке) на сравненных участках: %2 по копиям, %3 официально (%4 п.п.)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>сравнено</translation>
    </message>
    <message>
        <source>differing</source>
        <translation>расходятся</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>сомнительные</translation>
    </message>
    <message>
        <source>turnout net</source>
        <translation>явка, итого</translation>
    </message>
    <message>
        <source>Observer copies against official figures: %1 (%2)</source>
        <translation>Копии наблюдателей против официальных данных: %1 (%2)</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: a demonstration, not real election results.</source>
        <translation>СИНТЕТИЧЕСКИЕ ДАННЫЕ: демонстрация, а не реальные итоги выборов.</translation>
    </message>
    <message>
        <source>Doubtful copies included and marked with *.</source>
        <translation>Сомнительные копии учтены и отмечены *.</translation>
    </message>
    <message>
        <source>Doubtful copies set aside.</source>
        <translation>Сомнительные копии отложены.</translation>
    </message>
    <message>
        <source>By region (net change of the official figures against the copies):</source>
        <translation>По регионам (итоговое изменение официальных данных относительно копий):</translation>
    </message>
    <message>
        <source>Largest shifts:</source>
        <translation>Крупнейшие сдвиги:</translation>
    </message>
    <message>
        <source>+%1 / −%2</source>
        <translation>+%1 / −%2</translation>
    </message>
    <message>
        <source>(official total; copies of %1 of %2 precincts)</source>
        <translation>(официальный итог; копии %1 из %2 участков)</translation>
    </message>
    <message>
        <source>Findings (official minus copy per line):</source>
        <translation>Расхождения (официальные данные минус копия, по строкам):</translation>
    </message>
    <message>
        <source>Without the doubtful copies: %1 compared, %2 differing; net change %3</source>
        <translation>Без сомнительных копий: сравнено %1, с расхождениями %2; итоговое изменение %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) without an observer copy not listed (--all-regions lists them).</source>
        <translation>
            <numerusform>%n регион без копий наблюдателей не показан (--all-regions покажет его).</numerusform>
            <numerusform>%n региона без копий наблюдателей не показаны (--all-regions покажет их).</numerusform>
            <numerusform>%n регионов без копий наблюдателей не показаны (--all-regions покажет их).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the sum of the copies, empty in the official figures</source>
        <translation>%1 в сумме копий, пусто в официальных данных</translation>
    </message>
    <message>
        <source>not on every copy summed, %1 official</source>
        <translation>не на всех суммированных копиях, официально %1</translation>
    </message>
    <message>
        <source>%1 on the copy, empty in the official figures</source>
        <translation>%1 в копии, пусто в официальных данных</translation>
    </message>
    <message>
        <source>empty on the copy, %1 official</source>
        <translation>пусто в копии, официально %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>unlabelled copy</source>
        <translation>копия без метки</translation>
    </message>
    <message>
        <source>match on the lines both sides give</source>
        <translation>совпадает по строкам, заполненным с обеих сторон</translation>
    </message>
</context>
<context>
    <name>DiscrepancySheet</name>
    <message>
        <source>Discrepancy sheet: %1</source>
        <translation>Лист расхождений: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Sum of observer copies</source>
        <translation>Сумма копий наблюдателей</translation>
    </message>
    <message>
        <source>Observer copy</source>
        <translation>Копия наблюдателя</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Observer copy %1</source>
        <translation>Копия наблюдателя %1</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Кем доставлена</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <source>Received how</source>
        <translation>Как получена</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Кем введена</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message numerus="yes">
        <source>The copy breaks %n control relation(s) of its form: it may carry a slip.</source>
        <translation>
            <numerusform>Копия нарушает %n контрольное соотношение своей формы: возможна описка.</numerusform>
            <numerusform>Копия нарушает %n контрольных соотношения своей формы: возможна описка.</numerusform>
            <numerusform>Копия нарушает %n контрольных соотношений своей формы: возможна описка.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its voters on the list differ by %1 from the official figure: it may be the protocol of another precinct.</source>
        <translation>Число избирателей в списке отличается от официального на %1: возможно, это протокол другого участка.</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: a demonstration, not real election results.</source>
        <translation>СИНТЕТИЧЕСКИЕ ДАННЫЕ: демонстрация, а не реальные итоги выборов.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Избирательная кампания</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>resting on a doubtful copy</source>
        <translation>на основе сомнительной копии</translation>
    </message>
    <message>
        <source>Official figures published for this territory as a whole, against the sum of the observer copies of %1 of the %2 precincts under it.</source>
        <translation>Официальные данные, опубликованные по этой территории в целом, против суммы копий наблюдателей %1 из %2 подчинённых ей участков.</translation>
    </message>
    <message>
        <source>Differences are the official figures minus the observer&apos;s copy: %1 votes added, %2 votes taken.</source>
        <translation>Разница — это официальные данные минус копия наблюдателя: приписано голосов: %1, отнято голосов: %2.</translation>
    </message>
    <message>
        <source>Prepared with SaylauDesk on %1 from %2.</source>
        <translation>Подготовлено в SaylauDesk %1 по данным %2.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1, added by %2 %3</source>
        <translation>%1, добавил(а) %2 %3</translation>
    </message>
</context>
<context>
    <name>DoubleEntryReconciliation</name>
    <message numerus="yes">
        <source>%n mismatching line(s) still to be resolved</source>
        <translation>
            <numerusform>ещё %n расхождение не разрешено</numerusform>
            <numerusform>ещё %n расхождения не разрешены</numerusform>
            <numerusform>ещё %n расхождений не разрешено</numerusform>
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
    <message>
        <source>confirming the protocol</source>
        <translation>подтверждение протокола</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>SaylauDesk</source>
        <translation>SaylauDesk</translation>
    </message>
</context>
<context>
    <name>EstimateCommand</name>
    <message>
        <source>Estimate turnout and shares with margins of error from a random sample&apos;s copies</source>
        <translation>Оценить явку и доли с погрешностью по копиям из случайной выборки</translation>
    </message>
</context>
<context>
    <name>ExcessVotesEstimate</name>
    <message>
        <source>This is a model-based estimate (Shpilkin&apos;s method), not a count.</source>
        <translation>Это оценка по модели (метод Шпилькина), а не подсчёт.</translation>
    </message>
    <message>
        <source>Assumed: the other parties&apos; votes and the invalid ballots are genuine at every turnout; the mode of their distribution over turnout (1% bins) marks the turnout of clean precincts.</source>
        <translation>Допущение: голоса за остальные партии и недействительные бюллетени подлинны при любой явке; мода их распределения по явке (интервалы по 1%) указывает явку на чистых участках.</translation>
    </message>
    <message>
        <source>Assumed: up to that turnout the leader&apos;s share is genuine; above it the leader&apos;s genuine votes keep the same ratio to the others&apos; votes, and anything beyond is counted as excess.</source>
        <translation>Допущение: до этой явки доля лидера подлинна; выше неё подлинные голоса лидера сохраняют то же соотношение с голосами остальных, а всё сверх того считается избыточным.</translation>
    </message>
    <message>
        <source>Real differences between places with high and low turnout (towns and villages, regions) also show up as excess: read it as what the model cannot explain, not as proof.</source>
        <translation>Реальные различия между местами с высокой и низкой явкой (города и сёла, регионы) тоже проявляются как избыток: понимайте его как то, что модель не может объяснить, а не как доказательство.</translation>
    </message>
</context>
<context>
    <name>ExchangeLedger</name>
    <message>
        <source>reading the campaign&apos;s exchange settings</source>
        <translation>чтение настроек обмена кампании</translation>
    </message>
    <message>
        <source>writing the campaign&apos;s exchange settings</source>
        <translation>запись настроек обмена кампании</translation>
    </message>
    <message>
        <source>%1 has joined no exchange: make it headquarters with `saylau kit`, or use an office kit</source>
        <translation>%1 не участвует ни в каком обмене: сделайте его штабом командой `saylau kit` или используйте комплект офиса</translation>
    </message>
    <message>
        <source>%1 is the kit of office %2, not headquarters</source>
        <translation>%1 — комплект офиса %2, а не штаб</translation>
    </message>
    <message>
        <source>clearing the office&apos;s peers</source>
        <translation>очистка списка партнёров офиса</translation>
    </message>
    <message>
        <source>reading the exchange&apos;s peers</source>
        <translation>чтение списка участников обмена</translation>
    </message>
    <message>
        <source>%1 already knows a peer named %2</source>
        <translation>%1 уже знает участника обмена с именем %2</translation>
    </message>
    <message>
        <source>recording the peer %1</source>
        <translation>запись участника обмена %1</translation>
    </message>
    <message>
        <source>recording what %1 received</source>
        <translation>запись того, что получил %1</translation>
    </message>
    <message>
        <source>%1 has joined no exchange</source>
        <translation>%1 не участвует ни в каком обмене</translation>
    </message>
    <message>
        <source>naming new territory</source>
        <translation>присвоение имён новым территориям</translation>
    </message>
    <message>
        <source>naming new rows</source>
        <translation>присвоение имён новым строкам</translation>
    </message>
    <message>
        <source>naming new photos</source>
        <translation>присвоение имён новым фото</translation>
    </message>
    <message>
        <source>comparing protocols with their revisions</source>
        <translation>сравнение протоколов с их редакциями</translation>
    </message>
    <message>
        <source>recording a protocol revision</source>
        <translation>запись редакции протокола</translation>
    </message>
    <message>
        <source>reading a protocol&apos;s revisions</source>
        <translation>чтение редакций протокола</translation>
    </message>
    <message>
        <source>reading the conflicts</source>
        <translation>чтение конфликтов</translation>
    </message>
    <message>
        <source>finding a precinct&apos;s region</source>
        <translation>поиск региона участка</translation>
    </message>
    <message>
        <source>reading the territory</source>
        <translation>чтение территорий</translation>
    </message>
    <message>
        <source>naming territory changes</source>
        <translation>присвоение имён изменениям территорий</translation>
    </message>
    <message>
        <source>applying territory changes</source>
        <translation>применение изменений территорий</translation>
    </message>
    <message>
        <source>applying territory deletions</source>
        <translation>применение удалений территорий</translation>
    </message>
    <message>
        <source>reading the refused deletions</source>
        <translation>чтение отклонённых удалений</translation>
    </message>
    <message>
        <source>finding the territory of an office</source>
        <translation>поиск территории офиса</translation>
    </message>
    <message>
        <source>checking the right to exchange packages</source>
        <translation>проверка права на обмен пакетами</translation>
    </message>
    <message>
        <source>%1: merging, packing and resolving conflicts are a coordinator&apos;s work, and the server refuses them to your role (ask for the saylau_coordinator role); nothing was changed</source>
        <translation>%1: слияние, упаковка и разрешение конфликтов — работа координатора, и сервер не разрешает их вашей роли (попросите роль saylau_coordinator); ничего не изменено</translation>
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
    <name>FiguresCodec</name>
    <message>
        <source>stored figures are damaged: %1</source>
        <translation>сохранённые данные повреждены: %1</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>reading protocols failed: %1</source>
        <translation>ошибка чтения протоколов: %1</translation>
    </message>
</context>
<context>
    <name>FileAttachmentStream</name>
    <message>
        <source>adding the photo %1</source>
        <translation>добавление фото %1</translation>
    </message>
    <message>
        <source>adding the photo %1 returned no id</source>
        <translation>добавление фото %1 не вернуло идентификатор</translation>
    </message>
</context>
<context>
    <name>FileBuiltAside</name>
    <message>
        <source>cannot write in the folder of %1: %2</source>
        <translation>не удаётся записать в папку %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the data did not reach the disk</source>
        <translation>не удаётся записать %1: данные не дошли до диска</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while this was being written and is left as it is; choose another name</source>
        <translation>%1 появился, пока записывался этот файл, и оставлен как есть; выберите другое имя</translation>
    </message>
</context>
<context>
    <name>ForensicsChartBuilder</name>
    <message>
        <source>%1 is not a forensic chart</source>
        <translation>%1 — не диаграмма статистического анализа</translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s)</source>
        <translation>
            <numerusform>%Ln участок</numerusform>
            <numerusform>%Ln участка</numerusform>
            <numerusform>%Ln участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln left out: no ballots, or more ballots than voters)</source>
        <translation>
            <numerusform>(не учтён %Ln участок: нет бюллетеней или бюллетеней больше, чем избирателей)</numerusform>
            <numerusform>(не учтены %Ln участка: нет бюллетеней или бюллетеней больше, чем избирателей)</numerusform>
            <numerusform>(не учтено %Ln участков: нет бюллетеней или бюллетеней больше, чем избирателей)</numerusform>
        </translation>
    </message>
    <message>
        <source>V voters on the list, B ballots in the boxes (valid + invalid), L votes for %1; turnout t = B/V, %1&apos;s share s = L/B.</source>
        <translation>V — избиратели в списке, B — бюллетени в ящиках (действительные + недействительные), L — голоса за партию «%1»; явка t = B/V, доля партии «%1» s = L/B.</translation>
    </message>
    <message>
        <source>the fine turnout histogram has bins of 0.1, 0.5 or 1 percentage point</source>
        <translation>у детальной гистограммы явки интервалы шириной 0,1; 0,5 или 1 процентный пункт</translation>
    </message>
    <message>
        <source>Precincts, per %1 percentage point of turnout</source>
        <translation>Участков на %1 п. п. явки</translation>
    </message>
    <message>
        <source>Expected without a preference for round numbers (binomial spread of each precinct)</source>
        <translation>Ожидаемое без предпочтения круглых чисел (биномиальный разброс на каждом участке)</translation>
    </message>
    <message>
        <source>Turnout across precincts, in bins of %1 percentage point</source>
        <translation>Распределение участков по явке, интервалы по %1 п. п.</translation>
    </message>
    <message numerus="yes">
        <source>Cut at the top: the last bin (up to 100%) holds %Ln precinct(s); %1 expected.</source>
        <translation>
            <numerusform>Обрезано сверху: в последнем интервале (до 100%) %Ln участок; ожидалось %1.</numerusform>
            <numerusform>Обрезано сверху: в последнем интервале (до 100%) %Ln участка; ожидалось %1.</numerusform>
            <numerusform>Обрезано сверху: в последнем интервале (до 100%) %Ln участков; ожидалось %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout t, % of voters on the list</source>
        <translation>Явка t, % от избирателей в списке</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Участков</translation>
    </message>
    <message>
        <source>Peaks at whole percentages above the expected curve are what Shpilkin called the &quot;saw&quot;: more precincts report round turnouts than chance gives. The expected curve has peaks of its own at simple fractions (50%, 66.7%, 75%), where small precincts land by arithmetic alone.</source>
        <translation>Пики на целых процентах над ожидаемой кривой — то, что Шпилькин назвал «пилой»: круглую явку сообщают больше участков, чем даёт случай. У ожидаемой кривой есть и собственные пики на простых дробях (50%, 66,7%, 75%), куда небольшие участки попадают из-за одной лишь арифметики.</translation>
    </message>
    <message>
        <source>One dot per precinct</source>
        <translation>Одна точка — один участок</translation>
    </message>
    <message>
        <source>Turnout and the share of %1, precinct by precinct</source>
        <translation>Явка и доля партии «%1» по участкам</translation>
    </message>
    <message>
        <source>Share of %1 s, % of ballots in the boxes</source>
        <translation>Доля партии «%1» s, % от бюллетеней в ящиках</translation>
    </message>
    <message>
        <source>Precincts per 1% × 1% cell (log scale)</source>
        <translation>Участков на ячейку 1% × 1% (логарифмическая шкала)</translation>
    </message>
    <message>
        <source>Election fingerprint: turnout × share of %1</source>
        <translation>Электоральный отпечаток: явка × доля партии «%1»</translation>
    </message>
    <message>
        <source>A 2D histogram at 1% bins (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012). Clean elections give one round cloud; a smear towards 100% turnout and 100% share is what ballot stuffing would leave.</source>
        <translation>Двумерная гистограмма с ячейками по 1% (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012). Чистые выборы дают одно круглое облако; шлейф в сторону 100% явки и 100% доли — след, который оставили бы вбросы бюллетеней.</translation>
    </message>
    <message>
        <source>Votes by turnout: where each party&apos;s votes come from</source>
        <translation>Голоса по явке: откуда берутся голоса каждой партии</translation>
    </message>
    <message>
        <source>Turnout t of the precinct, %</source>
        <translation>Явка t на участке, %</translation>
    </message>
    <message>
        <source>Votes, per 0.5% of turnout</source>
        <translation>Голосов на 0,5% явки</translation>
    </message>
    <message>
        <source>Each party&apos;s votes summed over the precincts of each 0.5% turnout bin. Where turnout is genuine, every party&apos;s curve has one peak at the same turnout; votes of one party growing with turnout while the others&apos; fall is the pattern of added ballots.</source>
        <translation>Голоса каждой партии, просуммированные по участкам каждого интервала явки шириной 0,5%. При подлинной явке у кривой каждой партии один пик при одной и той же явке; рост голосов одной партии с ростом явки при падении голосов остальных — картина добавленных бюллетеней.</translation>
    </message>
    <message>
        <source>Precincts per 1% × 1% cell (log scale, one scale for all)</source>
        <translation>Участков на ячейку 1% × 1% (логарифмическая шкала, общая для всех)</translation>
    </message>
    <message>
        <source>Election fingerprint by region: turnout × share of %1</source>
        <translation>Электоральный отпечаток по регионам: явка × доля партии «%1»</translation>
    </message>
    <message>
        <source>Turnout t, 0 to 100% across each map</source>
        <translation>Явка t, от 0 до 100% по горизонтали каждой карты</translation>
    </message>
    <message>
        <source>Share of %1 s, 0 to 100% up each map</source>
        <translation>Доля партии «%1» s, от 0 до 100% по вертикали каждой карты</translation>
    </message>
    <message>
        <source>A 2D histogram at 1% bins for each region (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012), all on one colour scale, so that the regions compare. Clean elections give one round cloud; a smear towards 100% turnout and 100% share is what ballot stuffing would leave.</source>
        <translation>Двумерная гистограмма с ячейками по 1% для каждого региона (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012), все в одной цветовой шкале, чтобы регионы можно было сравнить. Чистые выборы дают одно круглое облако; шлейф в сторону 100% явки и 100% доли — след, который оставили бы вбросы бюллетеней.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln protocol(s) without voters, ballots or the leader&apos;s votes left out)</source>
        <translation>
            <numerusform>(не учтён %Ln протокол, в котором нет данных об избирателях, бюллетенях или голосах за лидера)</numerusform>
            <numerusform>(не учтены %Ln протокола, в которых нет данных об избирателях, бюллетенях или голосах за лидера)</numerusform>
            <numerusform>(не учтено %Ln протоколов, в которых нет данных об избирателях, бюллетенях или голосах за лидера)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s) give no votes for some of the parties: each curve sums the precincts that give its party&apos;s votes.</source>
        <translation>
            <numerusform>На %Ln участке нет данных о голосах за некоторые партии: каждая кривая суммирует участки, где есть голоса за её партию.</numerusform>
            <numerusform>На %Ln участках нет данных о голосах за некоторые партии: каждая кривая суммирует участки, где есть голоса за её партию.</numerusform>
            <numerusform>На %Ln участках нет данных о голосах за некоторые партии: каждая кривая суммирует участки, где есть голоса за её партию.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForensicsCommand</name>
    <message>
        <source>Integer-percentage test and excess-votes estimate of per-precinct figures</source>
        <translation>Тест на целые проценты и оценка избыточных голосов по данным участков</translation>
    </message>
    <message>
        <source>official or observer.</source>
        <translation>official (официальные) или observer (наблюдатели).</translation>
    </message>
    <message>
        <source>The party whose share is tested (short name, name or key); the one with the most votes by default.</source>
        <translation>Партия, долю которой проверять (краткое название, название или ключ); по умолчанию — набравшая больше всего голосов.</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>Seed of the Monte Carlo.</source>
        <translation>Зерно генератора для метода Монте-Карло.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Monte Carlo draws.</source>
        <translation>Число испытаний по методу Монте-Карло.</translation>
    </message>
    <message>
        <source>Only the precincts of this region (its name).</source>
        <translation>Только участки этого региона (по названию).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more</source>
        <translation>--seed должно быть целым числом, 0 или больше</translation>
    </message>
    <message>
        <source>--draws must be a whole number from 2 to 1,000,000</source>
        <translation>--draws должно быть целым числом от 2 до 1 000 000</translation>
    </message>
    <message numerus="yes">
        <source>saylau forensics: %n precinct protocol(s) lack voters or ballots; left out</source>
        <translation>
            <numerusform>saylau forensics: %n протокол участка без данных об избирателях или бюллетенях; пропущен</numerusform>
            <numerusform>saylau forensics: %n протокола участков без данных об избирателях или бюллетенях; пропущены</numerusform>
            <numerusform>saylau forensics: %n протоколов участков без данных об избирателях или бюллетенях; пропущены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saylau forensics: %n precinct protocol(s) give no votes for %1; left out</source>
        <translation>
            <numerusform>saylau forensics: %n протокол участка без данных о голосах за %1; пропущен</numerusform>
            <numerusform>saylau forensics: %n протокола участков без данных о голосах за %1; пропущены</numerusform>
            <numerusform>saylau forensics: %n протоколов участков без данных о голосах за %1; пропущены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForensicsData</name>
    <message>
        <source>the form of %1 does not define voters, valid and invalid ballots</source>
        <translation>%1: в форме не определены избиратели, действительные и недействительные бюллетени</translation>
    </message>
    <message>
        <source>%1 has no parties on its ballot</source>
        <translation>%1: в бюллетене нет партий</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(без региона)</translation>
    </message>
    <message>
        <source>no party &quot;%1&quot; on the ballot of %2</source>
        <translation>в бюллетене %2 нет партии «%1»</translation>
    </message>
    <message>
        <source>no region &quot;%1&quot; among the precincts</source>
        <translation>среди участков нет региона «%1»</translation>
    </message>
    <message>
        <source>%1 has no precinct protocols of %2 with voters and ballots</source>
        <translation>%1: нет протоколов участков (%2) с данными об избирателях и бюллетенях</translation>
    </message>
    <message>
        <source>%1 has no precinct protocols of %2 with votes for %3</source>
        <translation>%1: нет протоколов участков (%2) с голосами за %3</translation>
    </message>
    <message>
        <source>any party</source>
        <translation>какую-либо партию</translation>
    </message>
</context>
<context>
    <name>ForensicsReport</name>
    <message>
        <source>Per precinct: V voters on the list, B ballots in the boxes (valid + invalid), L the leader&apos;s votes; turnout t = B/V, leader&apos;s share s = L/B. Integer test (Kobak, Shpilkin &amp; Pshenichnikov 2016): precincts whose 100·t or 100·s lies within 0.05 of a whole number, precincts with V &lt; 100 left out; expected from a Monte Carlo null, B* ~ Binomial(V, t), L* ~ Binomial(B*, s).</source>
        <translation>По участкам: V — избиратели в списке, B — бюллетени в ящиках (действительные + недействительные), L — голоса за лидера; явка t = B/V, доля лидера s = L/B. Тест на целые проценты (Kobak, Shpilkin &amp; Pshenichnikov 2016): участки, у которых 100·t или 100·s отстоит от целого числа не более чем на 0,05; участки с V &lt; 100 не учитываются; ожидаемое — по нулевой модели Монте-Карло, B* ~ Binomial(V, t), L* ~ Binomial(B*, s).</translation>
    </message>
    <message>
        <source>Election forensics: %1, %2; leader: %3</source>
        <translation>Электоральная статистика: %1, %2; лидер: %3</translation>
    </message>
    <message>
        <source>Precincts: %1; in the integer test: %2; left out: %3 with fewer than 100 voters, %4 with no ballots or more ballots than voters.</source>
        <translation>Участков: %1; в тесте на целые проценты: %2; не учтено: %3 с числом избирателей меньше 100, %4 без бюллетеней или с бюллетенями больше, чем избирателей.</translation>
    </message>
    <message numerus="yes">
        <source>Integer percentages (within 0.05 of a whole number); expected: %Ln Monte Carlo draw(s), seed %1.</source>
        <translation>
            <numerusform>Целые проценты (не далее 0,05 от целого числа); ожидаемое — по %Ln испытанию Монте-Карло, зерно %1.</numerusform>
            <numerusform>Целые проценты (не далее 0,05 от целого числа); ожидаемое — по %Ln испытаниям Монте-Карло, зерно %1.</numerusform>
            <numerusform>Целые проценты (не далее 0,05 от целого числа); ожидаемое — по %Ln испытаниям Монте-Карло, зерно %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>явка</translation>
    </message>
    <message>
        <source>leader&apos;s share</source>
        <translation>доля лидера</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>наблюдаемое</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>ожидаемое</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>СКО</translation>
    </message>
    <message>
        <source>excess</source>
        <translation>избыток</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Regions with the highest z (%1 of %2):</source>
        <translation>Регионы с наибольшим z (%1 из %2):</translation>
    </message>
    <message>
        <source>precincts</source>
        <translation>участков</translation>
    </message>
    <message>
        <source>Excess votes of %1 (Shpilkin&apos;s method), a model-based estimate:</source>
        <translation>Избыточные голоса за %1 (метод Шпилькина), оценка по модели:</translation>
    </message>
    <message>
        <source>clean turnout: up to %1% (the mode of the others&apos; votes over turnout); the leader&apos;s share there %2%</source>
        <translation>чистая явка: до %1% (мода голосов остальных по явке); доля лидера при ней %2%</translation>
    </message>
    <message>
        <source>above it: %1 precincts, the leader&apos;s votes %2, expected from the others&apos; votes %3</source>
        <translation>выше неё: участков %1, голосов за лидера %2, ожидалось по голосам остальных %3</translation>
    </message>
    <message>
        <source>excess: %1 votes, %2% of the leader&apos;s %3</source>
        <translation>избыток голосов: %1, это %2% от всех голосов лидера (%3)</translation>
    </message>
    <message>
        <source>Left out before the test: %1 precinct protocol(s) without voters or ballots, %2 without votes for %3.</source>
        <translation>Не учтены до теста: протоколы участков без данных об избирателях или бюллетенях — %1, без голосов за %3 — %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s) give no votes for some other party: they stay in the test and the estimate, which need only V, B and L.</source>
        <translation>
            <numerusform>На %Ln участке нет данных о голосах за какую-то другую партию: он остаётся в тесте и в оценке, которым нужны только V, B и L.</numerusform>
            <numerusform>На %Ln участках нет данных о голосах за какую-то другую партию: они остаются в тесте и в оценке, которым нужны только V, B и L.</numerusform>
            <numerusform>На %Ln участках нет данных о голосах за какую-то другую партию: они остаются в тесте и в оценке, которым нужны только V, B и L.</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol gives votes for %1: not on this election&apos;s ballot, left out.</source>
        <translation>Ни в одном протоколе нет голосов за %1: их нет в бюллетене этих выборов, они не учитываются.</translation>
    </message>
</context>
<context>
    <name>FormEvaluator</name>
    <message>
        <source>formula &quot;%1&quot;: only one comparison is allowed</source>
        <translation>формула «%1»: допускается только одно сравнение</translation>
    </message>
    <message>
        <source>formula &quot;%1&quot; has no comparison (=, &lt;=, &gt;=, &lt;, &gt;)</source>
        <translation>в формуле «%1» нет сравнения (=, &lt;=, &gt;=, &lt;, &gt;)</translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; of form %2: %3</source>
        <translation>показатель «%1» формы %2: %3</translation>
    </message>
</context>
<context>
    <name>HistoryChain</name>
    <message>
        <source>reading the protocol history failed: %1</source>
        <translation>ошибка чтения истории протоколов: %1</translation>
    </message>
    <message>
        <source>recording the end of the protocol history failed: %1</source>
        <translation>ошибка записи конца истории протоколов: %1</translation>
    </message>
    <message>
        <source>preparing the protocol history</source>
        <translation>подготовка истории протоколов</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>reading the end of the protocol history</source>
        <translation>чтение конца истории протоколов</translation>
    </message>
    <message>
        <source>recording the protocol&apos;s history</source>
        <translation>запись истории протокола</translation>
    </message>
    <message>
        <source>it was added after the last row SaylauDesk wrote</source>
        <translation>строка добавлена после последней строки, записанной SaylauDesk</translation>
    </message>
    <message>
        <source>it does not follow the row before it: a row was deleted, inserted or moved before it</source>
        <translation>строка не продолжает предыдущую: перед ней строка была удалена, вставлена или перемещена</translation>
    </message>
    <message>
        <source>its content does not match its hash: it was changed after it was written</source>
        <translation>содержимое строки не совпадает с её хешем: она изменена после записи</translation>
    </message>
    <message>
        <source>the history was last written up to row %1: the rows after this one were deleted, or its end was rewritten</source>
        <translation>последняя запись истории доходила до строки %1: строки после этой удалены или конец истории перезаписан</translation>
    </message>
    <message>
        <source>hashing the protocol history failed: %1</source>
        <translation>ошибка вычисления хеша истории протоколов: %1</translation>
    </message>
    <message>
        <source>recording the end of the protocol history</source>
        <translation>запись конца истории протокола</translation>
    </message>
    <message>
        <source>reading the protocol history</source>
        <translation>чтение истории протокола</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The observer copy (default: the first one).</source>
        <translation>Копия наблюдателя (по умолчанию первая).</translation>
    </message>
    <message>
        <source>%1 has no precinct No. %2</source>
        <translation>В %1 нет участка № %2</translation>
    </message>
    <message>
        <source>precinct %1, %2, revision %3, %4, control relation errors: %5</source>
        <translation>участок %1, %2, редакция %3, %4, ошибок контрольных соотношений: %5</translation>
    </message>
    <message>
        <source>not checked (imported)</source>
        <translation>не проверено (импорт)</translation>
    </message>
    <message>
        <source>Show every save of a precinct&apos;s protocol, typed or imported: who, when, what changed</source>
        <translation>Показать все сохранения протокола участка, введённые или импортированные: кто, когда, что изменилось</translation>
    </message>
    <message>
        <source>Whose protocol: observer (the default) or official.</source>
        <translation>Чей протокол: observer (по умолчанию) или official.</translation>
    </message>
    <message>
        <source>precinct No. %1 has no %2 protocol of %3</source>
        <translation>у участка № %1 нет протокола (%2) по выборам %3</translation>
    </message>
    <message>
        <source>The precinct&apos;s number.</source>
        <translation>Номер участка.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>введён</translation>
    </message>
</context>
<context>
    <name>HistoryStateCheck</name>
    <message>
        <source>reading the protocols and their history</source>
        <translation>чтение протоколов и их истории</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import official or observer results from a CSV file</source>
        <translation>Импорт официальных данных или данных наблюдателей из CSV</translation>
    </message>
    <message>
        <source>Contest to import into (may be left out when the file has one).</source>
        <translation>Выборы (контест), куда импортировать (можно не указывать, если он один).</translation>
    </message>
    <message>
        <source>Whose figures: official or observer.</source>
        <translation>Чьи данные: official (официальные) или observer (наблюдателей).</translation>
    </message>
    <message>
        <source>Column mapping (JSON) to start from; headers it does not name are matched automatically.</source>
        <translation>Сопоставление столбцов (JSON), с которого начать; остальные заголовки сопоставляются автоматически.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Write the mapping used to this JSON file.</source>
        <translation>Записать использованное сопоставление в этот файл JSON.</translation>
    </message>
    <message>
        <source>Add the file&apos;s parties to the contest&apos;s ballot, in column order.</source>
        <translation>Добавить партии из файла в бюллетень, в порядке столбцов.</translation>
    </message>
    <message>
        <source>Check and report, store nothing.</source>
        <translation>Проверить и сообщить, ничего не сохраняя.</translation>
    </message>
    <message>
        <source>A column that maps to nothing is an error.</source>
        <translation>Столбец без сопоставления — ошибка.</translation>
    </message>
    <message>
        <source>Import the good rows; write the bad ones with reasons to this file.</source>
        <translation>Импортировать верные строки, а ошибочные с причинами записать в этот файл.</translation>
    </message>
    <message>
        <source>rejects.csv</source>
        <translation>отклонённые.csv</translation>
    </message>
    <message>
        <source>What a row is: precinct, district (TIK) or region.</source>
        <translation>Что такое строка: precinct (участок), district (ТИК) или region (регион).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>Label of this observer copy (several copies of one precinct are kept apart by it).</source>
        <translation>Метка этой копии наблюдателя (по ней различаются несколько копий одного участка).</translation>
    </message>
    <message>
        <source>label</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Не выводить ход работы в stderr.</translation>
    </message>
    <message>
        <source>%1: %2, %3-separated</source>
        <translation>%1: %2, разделитель — %3</translation>
    </message>
    <message>
        <source>using the column mapping saved for files of this shape</source>
        <translation>используется сопоставление столбцов, сохранённое для файлов такого вида</translation>
    </message>
    <message>
        <source>importing... %1%</source>
        <translation>импорт... %1%</translation>
    </message>
    <message>
        <source>Dry run, nothing stored: %1 rows would be imported into %2 (%3)</source>
        <translation>Пробный запуск, ничего не сохранено: было бы импортировано строк: %1 в %2 (%3)</translation>
    </message>
    <message>
        <source>Imported %1 rows into %2 (%3)</source>
        <translation>Импортировано строк: %1 в %2 (%3)</translation>
    </message>
    <message>
        <source>  rows read: %1; new: %2; replaced: %3; unchanged: %4; rejected: %5; totals rows skipped: %6</source>
        <translation>  прочитано строк: %1; новых: %2; заменено: %3; без изменений: %4; отклонено: %5; пропущено строк итогов: %6</translation>
    </message>
    <message>
        <source>  added to the ballot: %1. %2</source>
        <translation>  добавлено в бюллетень: %1. %2</translation>
    </message>
    <message>
        <source>  column kept as text (maps to nothing): %1</source>
        <translation>  столбец сохранён как текст (без сопоставления): %1</translation>
    </message>
    <message>
        <source>  rejected rows and reasons: %1</source>
        <translation>  отклонённые строки и причины: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Print how each column is mapped (always done with --dry-run).</source>
        <translation>Показать сопоставление каждого столбца (при --dry-run показывается всегда).</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Сопоставление столбцов:</translation>
    </message>
    <message>
        <source> (match %1%)</source>
        <translation> (совпадение %1%)</translation>
    </message>
    <message>
        <source>Who imports: named in the import record and in the history of every protocol whose figures the file replaces.</source>
        <translation>Кто импортирует: указывается в записи об импорте и в истории каждого протокола, данные которого заменяет файл.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>How long to wait, when another program is writing to the campaign, before giving up (default %1).</source>
        <translation>Сколько ждать, если в кампанию пишет другая программа, прежде чем отказаться (по умолчанию %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>  units counted by a TIK itself (rows with a TIK and no precinct): %1</source>
        <translation>  итоги, подсчитанные самой ТИК (строки с ТИК без участка): %1</translation>
    </message>
    <message>
        <source>The file is a precinct list (region, TIK, precinct, address): create the precincts it names and set their addresses; no figures are stored.</source>
        <translation>Файл — список участков (регион, ТИК, участок, адрес): создать названные в нём участки и записать их адреса; данные протоколов не сохраняются.</translation>
    </message>
    <message>
        <source>The results file, or with --territory-only the precinct list.</source>
        <translation>Файл с результатами или, с --territory-only, список участков.</translation>
    </message>
    <message>
        <source>--source must be official or observer</source>
        <translation>--source должно быть official или observer</translation>
    </message>
    <message>
        <source>--wait must be a whole number of seconds</source>
        <translation>--wait должно быть целым числом секунд</translation>
    </message>
    <message>
        <source>  of these, TIK subtotal rows: %1 (a TIK and no precinct, and counts equal to the sum of the TIK&apos;s precincts)</source>
        <translation>  из них строк промежуточных итогов ТИК: %1 (указана ТИК без участка, а числа равны сумме по участкам этой ТИК)</translation>
    </message>
    <message>
        <source>  new territory: %1</source>
        <translation>  новые территории: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln регион</numerusform>
            <numerusform>%Ln региона</numerusform>
            <numerusform>%Ln регионов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln TIK(s)</source>
        <translation>
            <numerusform>%Ln ТИК</numerusform>
            <numerusform>%Ln ТИК</numerusform>
            <numerusform>%Ln ТИК</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s)</source>
        <translation>
            <numerusform>%Ln участок</numerusform>
            <numerusform>%Ln участка</numerusform>
            <numerusform>%Ln участков</numerusform>
        </translation>
    </message>
    <message>
        <source>  no region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK)</source>
        <translation>  нет столбца региона: ТИК и участки помещены на верхний уровень дерева территорий, вне регионов (ТИК с одинаковым названием считаются одной ТИК)</translation>
    </message>
    <message>
        <source>For a file of one region without a region column: the campaign&apos;s region its rows lie in.</source>
        <translation>Для файла одного региона без столбца региона: регион кампании, к которому относятся его строки.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import Results</source>
        <translation>Импорт результатов</translation>
    </message>
    <message>
        <source>Column Mapping — %1</source>
        <translation>Сопоставление столбцов — %1</translation>
    </message>
    <message>
        <source>The import was cancelled. The campaign is as it was before.</source>
        <translation>Импорт отменён. Кампания осталась такой, как была.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Writing to the campaign file…</source>
        <translation>Запись в файл кампании…</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <source>Nothing was imported: the campaign is as it was before.

%1</source>
        <translation>Ничего не импортировано: кампания осталась такой, как была.

%1</translation>
    </message>
    <message>
        <source>Import the &amp;Good Rows…</source>
        <translation>Импортировать &amp;верные строки…</translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>official figures</source>
        <translation>официальные данные</translation>
    </message>
    <message>
        <source>observer copies</source>
        <translation>копии наблюдателей</translation>
    </message>
    <message>
        <source>%1 rows of %2 imported into %3.</source>
        <translation>%3: импортировано строк — %1 (%2).</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Новых: %1</translation>
    </message>
    <message>
        <source>Replaced (the figures differed): %1</source>
        <translation>Заменено (данные отличались): %1</translation>
    </message>
    <message>
        <source>Unchanged (the same figures): %1</source>
        <translation>Без изменений (те же данные): %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Totals rows skipped: %1</source>
        <translation>Пропущено итоговых строк: %1</translation>
    </message>
    <message>
        <source>Added to the ballot: %1. %2</source>
        <translation>Добавлено в бюллетень: %1. %2</translation>
    </message>
    <message>
        <source>Columns kept as text (they map to nothing): %1</source>
        <translation>Столбцы, сохранённые как текст (ничему не соответствуют): %1</translation>
    </message>
    <message>
        <source>The rejected rows and the reasons are in %1</source>
        <translation>Отклонённые строки и причины записаны в %1</translation>
    </message>
    <message numerus="yes">
        <source>New territory: %Ln region(s)</source>
        <translation>
            <numerusform>Новые территории: %Ln регион</numerusform>
            <numerusform>Новые территории: %Ln региона</numerusform>
            <numerusform>Новые территории: %Ln регионов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln TIK(s)</source>
        <translation>
            <numerusform>%Ln ТИК</numerusform>
            <numerusform>%Ln ТИК</numerusform>
            <numerusform>%Ln ТИК</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s)</source>
        <translation>
            <numerusform>%Ln участок</numerusform>
            <numerusform>%Ln участка</numerusform>
            <numerusform>%Ln участков</numerusform>
        </translation>
    </message>
    <message>
        <source>Units counted by a TIK itself (rows with a TIK and no precinct): %1</source>
        <translation>Итоги, подсчитанные самой ТИК (строки с ТИК без участка): %1</translation>
    </message>
    <message>
        <source>Of these, TIK subtotal rows (a TIK and no precinct, counts equal to the sum of the TIK&apos;s precincts): %1</source>
        <translation>Из них строк промежуточных итогов ТИК (указана ТИК без участка, числа равны сумме по участкам этой ТИК): %1</translation>
    </message>
    <message>
        <source>No region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK).</source>
        <translation>Нет столбца региона: ТИК и участки помещены на верхний уровень дерева территорий, вне регионов (ТИК с одинаковым названием считаются одной ТИК).</translation>
    </message>
    <message>
        <source>No region column: the TIKs and precincts are in the region %1, as chosen.</source>
        <translation>Столбца региона нет: ТИК и участки помещены в выбранный регион %1.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>figures are imported per precinct, TIK or region, not for the whole country</source>
        <translation>данные импортируются по участкам, ТИК или регионам, а не по стране целиком</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 пуст</translation>
    </message>
    <message>
        <source>%1: the mapping has %2 columns, the file %3</source>
        <translation>%1: в сопоставлении столбцов %2, в файле %3</translation>
    </message>
    <message>
        <source>the region (region, регион, область)</source>
        <translation>регион (region, регион, область)</translation>
    </message>
    <message>
        <source>the TIK (tik, ТИК, район)</source>
        <translation>ТИК (tik, ТИК, район)</translation>
    </message>
    <message>
        <source>the precinct number (uik, УИК, участок)</source>
        <translation>номер участка (uik, УИК, участок)</translation>
    </message>
    <message>
        <source>%1: no column gives %2; name it in the header or in a mapping file</source>
        <translation>%1: нет столбца, где указан %2; назовите его в заголовке или в файле сопоставления</translation>
    </message>
    <message>
        <source>%1, column %2 &quot;%3&quot;</source>
        <translation>%1, столбец %2 «%3»</translation>
    </message>
    <message>
        <source>%1 maps to nothing (--strict); map it or drop --strict to keep it as text</source>
        <translation>%1 ни с чем не сопоставлен (--strict); сопоставьте его или уберите --strict, чтобы сохранить как текст</translation>
    </message>
    <message>
        <source>%1 and column %2 both map to %3</source>
        <translation>%1 и столбец %2 оба сопоставлены с %3</translation>
    </message>
    <message>
        <source>%1 maps to line %2, which the form %3 does not have</source>
        <translation>%1 сопоставлен со строкой %2, которой нет в форме %3</translation>
    </message>
    <message>
        <source>%1: no column maps to a line of the form or a party</source>
        <translation>%1: ни один столбец не сопоставлен со строкой формы или партией</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>импорт %1</translation>
    </message>
    <message>
        <source>%1: %2 appears twice (first on line %3)</source>
        <translation>%1: %2 встречается дважды (впервые в строке %3)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the header has a control character (%4)</source>
        <translation>%1, строка %2, столбец %3: в заголовке есть управляющий символ (%4)</translation>
    </message>
    <message>
        <source>a precinct list has a precinct on every row; it cannot be read at another level</source>
        <translation>в списке участков каждая строка — участок; читать его на другом уровне нельзя</translation>
    </message>
    <message>
        <source>%1: no precinct number; every row of a precinct list needs one</source>
        <translation>%1: нет номера участка; он нужен в каждой строке списка участков</translation>
    </message>
    <message>
        <source>Dry run, nothing stored: a precinct list of %1 rows</source>
        <translation>Пробный прогон, ничего не сохранено: список участков из %1 строк</translation>
    </message>
    <message>
        <source>Imported a precinct list of %1 rows</source>
        <translation>Импортирован список участков из %1 строк</translation>
    </message>
    <message>
        <source>  regions: %1 created, %2 unchanged</source>
        <translation>  регионы: создано %1, без изменений %2</translation>
    </message>
    <message>
        <source>  TIKs: %1 created, %2 unchanged</source>
        <translation>  ТИК: создано %1, без изменений %2</translation>
    </message>
    <message>
        <source>  precincts: %1 created, %2 with a new address, %3 unchanged</source>
        <translation>  участки: создано %1, с новым адресом %2, без изменений %3</translation>
    </message>
    <message>
        <source>  column ignored (a precinct list keeps territory and addresses only): %1</source>
        <translation>  столбец пропущен (в списке участков сохраняются только территории и адреса): %1</translation>
    </message>
    <message>
        <source>  rejected rows: %1</source>
        <translation>  отклонено строк: %1</translation>
    </message>
    <message>
        <source>  column %1 &quot;%2&quot;</source>
        <translation>  столбец %1 «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a protocol line gets &quot;target&quot;: &quot;line:KEY&quot; in a mapping file, KEY being its number on the form %1</source>
        <translation>строке протокола в файле сопоставления задаётся &quot;target&quot;: &quot;line:KEY&quot;, где KEY — её номер в форме %1</translation>
    </message>
    <message>
        <source>a party or candidate on the ballot of %1 (%2) gets &quot;target&quot;: &quot;party:N&quot; in a mapping file; --ballot-from-file adds a column to the ballot as a new entry, so it is only for entries the ballot lacks (a file of another election belongs in a contest with that election&apos;s ballot)</source>
        <translation>партии или кандидату из бюллетеня %1 (%2) в файле сопоставления задаётся &quot;target&quot;: &quot;party:N&quot;; --ballot-from-file добавляет столбец в бюллетень как новую позицию, поэтому он нужен только для позиций, которых в бюллетене нет (файл других выборов импортируется в выборы с бюллетенем тех выборов)</translation>
    </message>
    <message>
        <source>candidates or parties are taken as the ballot with --ballot-from-file</source>
        <translation>кандидаты или партии берутся в бюллетень с помощью --ballot-from-file</translation>
    </message>
    <message>
        <source>&quot;target&quot;: &quot;extra&quot; in a mapping file keeps a column as text on purpose</source>
        <translation>&quot;target&quot;: &quot;extra&quot; в файле сопоставления намеренно сохраняет столбец как текст</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s) hold counts but map to nothing, so their votes would be lost:</source>
        <translation>
            <numerusform>%1: %n столбец содержит числа, но ни с чем не сопоставлен, и его голоса были бы потеряны:</numerusform>
            <numerusform>%1: %n столбца содержат числа, но ни с чем не сопоставлены, и их голоса были бы потеряны:</numerusform>
            <numerusform>%1: %n столбцов содержат числа, но ни с чем не сопоставлены, и их голоса были бы потеряны:</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix (a mapping file is given with --mapping M.json): %1.</source>
        <translation>Как исправить (файл сопоставления задаётся параметром --mapping M.json): %1.</translation>
    </message>
    <message>
        <source>%1: &quot;target&quot;: &quot;party:%2&quot; is %3 on the ballot, but &quot;party&quot; names %4</source>
        <translation>%1: &quot;target&quot;: &quot;party:%2&quot; — это %3 в бюллетене, но в &quot;party&quot; указано %4</translation>
    </message>
    <message>
        <source>%1: the column mapping saved in the campaign for files of this shape puts votes on parties other than the ones it names:</source>
        <translation>%1: сохранённое в кампании сопоставление столбцов для файлов такого вида относит голоса не к тем партиям, которые в нём названы:</translation>
    </message>
    <message>
        <source>%1: the column mapping puts votes on parties other than the ones it names:</source>
        <translation>%1: сопоставление столбцов относит голоса не к тем партиям, которые в нём названы:</translation>
    </message>
    <message>
        <source>Correct &quot;target&quot; or &quot;party&quot; in a mapping file (--mapping M.json); the ballot of %1: %2.</source>
        <translation>Исправьте &quot;target&quot; или &quot;party&quot; в файле сопоставления (--mapping M.json); бюллетень %1: %2.</translation>
    </message>
    <message>
        <source>%1 (party %2)</source>
        <translation>%1 (партия %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s) are parties not on the ballot of %2:</source>
        <translation>
            <numerusform>%1: %n столбец — партия, которой нет в бюллетене %2:</numerusform>
            <numerusform>%1: %n столбца — партии, которых нет в бюллетене %2:</numerusform>
            <numerusform>%1: %n столбцов — партии, которых нет в бюллетене %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix: use --ballot-from-file to take the ballot from the file.</source>
        <translation>Как исправить: укажите --ballot-from-file, чтобы взять бюллетень из файла.</translation>
    </message>
    <message>
        <source>To fix: a party the ballot has under another name or number gets &quot;target&quot;: &quot;party:N&quot; in a mapping file (--mapping M.json), N from the ballot (%1); --ballot-from-file adds parties the ballot lacks.</source>
        <translation>Как исправить: партии, которая есть в бюллетене под другим названием или номером, в файле сопоставления (--mapping M.json) задаётся &quot;target&quot;: &quot;party:N&quot;, где N — номер из бюллетеня (%1); --ballot-from-file добавляет партии, которых в бюллетене нет.</translation>
    </message>
    <message>
        <source> (columns kept as text: %1)</source>
        <translation> (столбцы, сохранённые как текст: %1)</translation>
    </message>
    <message>
        <source>Warning: the control relation %1 fails on every one of the %2 rows it could be checked on; the columns are probably mapped to the wrong lines or parties (check with --dry-run --show-mapping)</source>
        <translation>Внимание: контрольное соотношение %1 нарушено во всех строках, где его удалось проверить (%2); вероятно, столбцы сопоставлены не с теми строками или партиями (проверьте с помощью --dry-run --show-mapping)</translation>
    </message>
    <message>
        <source>  no region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK)</source>
        <translation>  нет столбца региона: ТИК и участки помещены на верхний уровень дерева территорий, вне регионов (ТИК с одинаковым названием считаются одной ТИК)</translation>
    </message>
    <message>
        <source>%1: --region is for a file without a region column, and this one has one (%2)</source>
        <translation>%1: --region нужен для файла без столбца региона, а в этом файле он есть (%2)</translation>
    </message>
    <message>
        <source>%1: the campaign has no region &quot;%2&quot; (--region names one of its regions, as the navigator shows it or in another of its languages)</source>
        <translation>%1: в кампании нет региона «%2» (--region называет один из её регионов так, как его показывает навигатор, или на другом из её языков)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no column gives the region, and the campaign has %n region(s): the file&apos;s TIKs and precincts would be placed beside them, in no region. Name the region column in the header (Регион, Субъект РФ, Облыс, Region) or in a mapping file (--mapping M.json, &quot;target&quot;: &quot;region&quot;), or add such a column to the file; saylau import --region NAME places a file of one region&apos;s TIKs in it</source>
        <translation>
            <numerusform>%1: ни один столбец не даёт регион, а в кампании %n регион: ТИК и участки файла оказались бы рядом с ним, вне регионов. Укажите столбец региона в заголовке (Регион, Субъект РФ, Облыс, Region) или в файле сопоставления (--mapping M.json, &quot;target&quot;: &quot;region&quot;) либо добавьте такой столбец в файл; saylau import --region ИМЯ помещает в регион файл с ТИК одного региона</numerusform>
            <numerusform>%1: ни один столбец не даёт регион, а в кампании %n региона: ТИК и участки файла оказались бы рядом с ними, вне регионов. Укажите столбец региона в заголовке (Регион, Субъект РФ, Облыс, Region) или в файле сопоставления (--mapping M.json, &quot;target&quot;: &quot;region&quot;) либо добавьте такой столбец в файл; saylau import --region ИМЯ помещает в регион файл с ТИК одного региона</numerusform>
            <numerusform>%1: ни один столбец не даёт регион, а в кампании %n регионов: ТИК и участки файла оказались бы рядом с ними, вне регионов. Укажите столбец региона в заголовке (Регион, Субъект РФ, Облыс, Region) или в файле сопоставления (--mapping M.json, &quot;target&quot;: &quot;region&quot;) либо добавьте такой столбец в файл; saylau import --region ИМЯ помещает в регион файл с ТИК одного региона</numerusform>
        </translation>
    </message>
    <message>
        <source>. The row after the header reads like the header itself: the first row seems to hold titles over groups of columns; delete it and import again</source>
        <translation>. Строка после заголовка похожа на сам заголовок: по-видимому, в первой строке названия групп столбцов; удалите её и импортируйте снова</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n columns name precincts or TIKs (%2): the table seems to have one precinct or TIK per column and the protocol&apos;s lines as rows. A file has one precinct per row: transpose the table (in a spreadsheet: copy it, then Paste Special, Transpose) and import again</source>
        <translation>
            <numerusform>%1: %n столбец называет участки или ТИК (%2): похоже, в таблице по одному участку или ТИК на столбец, а строки протокола идут строками. В файле должен быть один участок на строку: транспонируйте таблицу (в электронной таблице: скопируйте её, затем «Специальная вставка», «Транспонировать») и импортируйте снова</numerusform>
            <numerusform>%1: %n столбца называют участки или ТИК (%2): похоже, в таблице по одному участку или ТИК на столбец, а строки протокола идут строками. В файле должен быть один участок на строку: транспонируйте таблицу (в электронной таблице: скопируйте её, затем «Специальная вставка», «Транспонировать») и импортируйте снова</numerusform>
            <numerusform>%1: %n столбцов называют участки или ТИК (%2): похоже, в таблице по одному участку или ТИК на столбец, а строки протокола идут строками. В файле должен быть один участок на строку: транспонируйте таблицу (в электронной таблице: скопируйте её, затем «Специальная вставка», «Транспонировать») и импортируйте снова</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this TIK&apos;s row without a precinct is not imported: with the TIK&apos;s row on line %2 rejected, it cannot be told from the TIK&apos;s subtotal; correct that row and import the whole file again</source>
        <translation>%1: строка ТИК без номера участка не импортирована: строка %2 этой ТИК отклонена, и без неё эту строку нельзя отличить от итоговой строки ТИК; исправьте строку %2 и импортируйте весь файл снова</translation>
    </message>
    <message>
        <source>%1: %2 is outside the regions of office %3&apos;s kit (%4): headquarters would set it aside; import it at headquarters, or at the office whose kit holds that region</source>
        <translation>%1: %2 — вне регионов комплекта офиса %3 (%4): штаб отложил бы такую строку; импортируйте её в штабе или в офисе, в комплект которого входит этот регион</translation>
    </message>
    <message>
        <source>a row in no region</source>
        <translation>строка без региона</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new campaign file from a preset</source>
        <translation>Создать новый файл кампании из пресета</translation>
    </message>
    <message>
        <source>Campaign preset (see saylau presets).</source>
        <translation>Пресет кампании (см. saylau presets).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Created %1 from preset %2 (%3)</source>
        <translation>Создан %1 из пресета %2 (%3)</translation>
    </message>
    <message>
        <source>The campaign file to create.</source>
        <translation>Создаваемый файл кампании.</translation>
    </message>
    <message>
        <source>The election&apos;s name, for an election the preset does not describe.</source>
        <translation>Название выборов — для выборов, которые пресет не описывает.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>The election&apos;s date, for an election the preset does not describe.</source>
        <translation>Дата выборов — для выборов, которые пресет не описывает.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Start with empty ballots: the first import with --ballot-from-file fills them.</source>
        <translation>Начать с пустых бюллетеней: их заполнит первый импорт с --ballot-from-file.</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name не должно быть пустым</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date должно быть датой в виде ГГГГ-ММ-ДД, а не «%1»</translation>
    </message>
    <message>
        <source>Election: %1, %2; ballots: %3</source>
        <translation>Выборы: %1, %2; бюллетени: %3</translation>
    </message>
    <message>
        <source>empty, for the first import with --ballot-from-file</source>
        <translation>пустые, для первого импорта с --ballot-from-file</translation>
    </message>
    <message>
        <source>the preset&apos;s</source>
        <translation>из пресета</translation>
    </message>
</context>
<context>
    <name>InitServerCommand</name>
    <message>
        <source>Create a campaign on a PostgreSQL server with the roles operator, coordinator and analyst</source>
        <translation>Создать кампанию на сервере PostgreSQL с ролями оператора, координатора и аналитика</translation>
    </message>
    <message>
        <source>postgresql://owner@host:port/database, an empty database the owner owns; without --preset or --from the campaign already there gets its roles.</source>
        <translation>postgresql://owner@host:port/database — пустая база данных, принадлежащая владельцу; без --preset или --from роли получает уже имеющаяся там кампания.</translation>
    </message>
    <message>
        <source>Start from a campaign preset (see saylau presets).</source>
        <translation>Начать с пресета кампании (см. saylau presets).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start from a copy of a campaign file.</source>
        <translation>Начать с копии файла кампании.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>%1 is no server address (postgresql://owner@host:port/database)</source>
        <translation>%1 — не адрес сервера (postgresql://owner@host:port/database)</translation>
    </message>
    <message>
        <source>give --preset or --from, not both</source>
        <translation>укажите --preset или --from, но не оба</translation>
    </message>
    <message>
        <source>Created %1 from preset %2 (%3)</source>
        <translation>Создан %1 из пресета %2 (%3)</translation>
    </message>
    <message>
        <source>Copied %1 to %2, verified</source>
        <translation>%1 скопирована в %2, проверено</translation>
    </message>
    <message>
        <source>Roles on %1: %2 (read only), %3 (enter and save protocols), %4 (also imports, territory, resolving). Give each person a login in one of them, e.g. CREATE ROLE aigerim LOGIN IN ROLE %3; passwords go in the server (and the person&apos;s ~/.pgpass), never in SaylauDesk.</source>
        <translation>Роли на %1: %2 (только чтение), %3 (ввод и сохранение протоколов), %4 (также импорт, территории, разрешение конфликтов). Дайте каждому человеку логин в одной из них, например CREATE ROLE aigerim LOGIN IN ROLE %3; пароли хранятся на сервере (и в ~/.pgpass этого человека), но никогда не в SaylauDesk.</translation>
    </message>
</context>
<context>
    <name>IntegerPercentTest</name>
    <message>
        <source>the Monte Carlo needs at least 2 draws, not %1</source>
        <translation>для метода Монте-Карло нужно не меньше 2 испытаний, а не %1</translation>
    </message>
    <message>
        <source>All precincts</source>
        <translation>Все участки</translation>
    </message>
</context>
<context>
    <name>KitCommand</name>
    <message>
        <source>Issue an office&apos;s campaign file with its own signing key (headquarters keeps its public key)</source>
        <translation>Выдать офису файл кампании с собственным ключом подписи (штаб хранит его открытый ключ)</translation>
    </message>
    <message>
        <source>The office&apos;s name.</source>
        <translation>Название офиса.</translation>
    </message>
    <message>
        <source>A region (by code) the office may change; repeat for several. Default: all.</source>
        <translation>Регион (по коду), который офис может изменять; повторите для нескольких. По умолчанию — все.</translation>
    </message>
    <message>
        <source>The office&apos;s new campaign file.</source>
        <translation>Новый файл кампании офиса.</translation>
    </message>
    <message>
        <source>Kit for office %1 written to %2</source>
        <translation>Комплект для офиса %1 записан в %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
</context>
<context>
    <name>LinearExpression</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>неожиданное «%1»</translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation>не хватает закрывающей скобки</translation>
    </message>
    <message>
        <source>the formula ends where a line number is expected</source>
        <translation>формула обрывается там, где ожидается номер строки</translation>
    </message>
    <message>
        <source>only sum(parties) is known</source>
        <translation>известна только функция sum(parties)</translation>
    </message>
    <message>
        <source>the form has no line %1</source>
        <translation>в форме нет строки %1</translation>
    </message>
    <message>
        <source>formula &quot;%1&quot;, at character %2: %3</source>
        <translation>формула «%1», символ %2: %3</translation>
    </message>
</context>
<context>
    <name>MeasureSolver</name>
    <message>
        <source>form %1 does not define the measure &quot;%2&quot;</source>
        <translation>форма %1 не определяет показатель «%2»</translation>
    </message>
    <message>
        <source>form %1: line %2 cannot be derived from the figures given</source>
        <translation>форма %1: строку %2 нельзя вывести из заданных данных</translation>
    </message>
    <message>
        <source>form %1: the measure &quot;%2&quot; cannot be %3 together with the other figures given</source>
        <translation>форма %1: показатель «%2» не может быть равен %3 при остальных заданных данных</translation>
    </message>
    <message>
        <source>form %1: the figures given break the relation %2 (%3 against %4)</source>
        <translation>форма %1: заданные данные нарушают соотношение %2 (%3 против %4)</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge signed exchange packages into a campaign (exit 1 when conflicts were kept)</source>
        <translation>Слить подписанные пакеты обмена в кампанию (код выхода 1, если сохранены конфликты)</translation>
    </message>
    <message>
        <source>  set aside: %1</source>
        <translation>  отложено: %1</translation>
    </message>
    <message>
        <source>The packages to merge, all in one transaction.</source>
        <translation>Пакеты для слияния, все в одной транзакции.</translation>
    </message>
    <message>
        <source>%1 from %2: %3 new, %4 updated, %5 unchanged, %6 conflicts; %7 photos, %8 history rows, %9 new territory nodes, %10 territory changes</source>
        <translation>%1 от %2: новых: %3, обновлено: %4, без изменений: %5, конфликтов: %6; фото: %7, строк истории: %8, новых узлов территории: %9, изменений территории: %10</translation>
    </message>
    <message>
        <source>  kept, though deleted elsewhere (protocols or photos lie there): %1</source>
        <translation>  сохранено, хотя удалено в другом месте (там есть протоколы или фото): %1</translation>
    </message>
</context>
<context>
    <name>MergedProtocolWriter</name>
    <message>
        <source>reading a protocol to merge</source>
        <translation>чтение протокола для слияния</translation>
    </message>
    <message>
        <source>writing a merged protocol</source>
        <translation>запись объединённого протокола</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>не удаётся начать обновление схемы: %1</translation>
    </message>
    <message>
        <source>schema step %1 (%2) failed: %3</source>
        <translation>шаг схемы %1 (%2) завершился ошибкой: %3</translation>
    </message>
    <message>
        <source>cannot commit schema step %1: %2</source>
        <translation>не удаётся зафиксировать шаг схемы %1: %2</translation>
    </message>
    <message>
        <source>reading %1.%2</source>
        <translation>чтение %1.%2</translation>
    </message>
    <message>
        <source>rewriting %1.%2</source>
        <translation>перезапись %1.%2</translation>
    </message>
</context>
<context>
    <name>ObserverCopyGenerator</name>
    <message>
        <source>generated from the official figures</source>
        <translation>сгенерировано из официальных данных</translation>
    </message>
</context>
<context>
    <name>OfficeKit</name>
    <message>
        <source>an office needs a name (--office NAME)</source>
        <translation>офису нужно название (--office ИМЯ)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the kit</source>
        <translation>%1 уже существует; выберите другое имя для комплекта</translation>
    </message>
    <message>
        <source>checking the regions</source>
        <translation>проверка регионов</translation>
    </message>
    <message>
        <source>%1 has no region with the code %2</source>
        <translation>в %1 нет региона с кодом %2</translation>
    </message>
    <message>
        <source>%1 has issued a kit to an office named %2 already</source>
        <translation>%1 уже выдал комплект офису с именем %2</translation>
    </message>
    <message>
        <source>cannot write beside %1: %2</source>
        <translation>не удаётся записать рядом с %1: %2</translation>
    </message>
    <message>
        <source>cannot put the kit at %1</source>
        <translation>не удаётся поместить комплект в %1</translation>
    </message>
    <message>
        <source>leaving out the other regions</source>
        <translation>исключение остальных регионов</translation>
    </message>
    <message>
        <source>preparing the office&apos;s file</source>
        <translation>подготовка файла офиса</translation>
    </message>
</context>
<context>
    <name>OnlineBackup</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a campaign: %2</source>
        <translation>%1 повреждён или не является кампанией: %2</translation>
    </message>
    <message>
        <source>%1 is not a SaylauDesk campaign</source>
        <translation>%1 — не кампания SaylauDesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer SaylauDesk</source>
        <translation>%1 записан более новой версией SaylauDesk</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 уже существует; выберите новый файл</translation>
    </message>
    <message>
        <source>cannot copy into %1: %2</source>
        <translation>не удаётся скопировать в %1: %2</translation>
    </message>
    <message>
        <source>copying into %1 failed: %2</source>
        <translation>ошибка копирования в %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 a single file</source>
        <translation>не удаётся свести %1 в один файл</translation>
    </message>
    <message>
        <source>the copy %1 fails its integrity check: %2</source>
        <translation>копия %1 не прошла проверку целостности: %2</translation>
    </message>
    <message>
        <source>cannot name the copy %1</source>
        <translation>не удаётся присвоить копии имя %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Precincts with protocols</source>
        <translation>Участков с протоколами</translation>
    </message>
    <message>
        <source>Voters on the list</source>
        <translation>Избирателей в списке</translation>
    </message>
    <message>
        <source>Took part (turnout)</source>
        <translation>Приняли участие (явка)</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Действительные бюллетени</translation>
    </message>
    <message>
        <source>Turnout: % of the voters on the list. Valid ballots: % of those who took part. Parties: % of %1, as in the summary report.</source>
        <translation>Явка: % от избирателей в списке. Действительные бюллетени: % от принявших участие. Партии: % от %1, как в сводном отчёте.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Make a signed exchange package for headquarters or for an office</source>
        <translation>Создать подписанный пакет обмена для штаба или для офиса</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>Записываемый файл пакета.</translation>
    </message>
    <message>
        <source>Everything, not only what the recipient has not confirmed having.</source>
        <translation>Всё, а не только то, получение чего адресат не подтвердил.</translation>
    </message>
    <message>
        <source>The office the package is for (headquarters must name one).</source>
        <translation>Офис, для которого пакет (штаб должен его указать).</translation>
    </message>
    <message numerus="yes">
        <source>Package for %1: %n protocol revision(s)</source>
        <translation>
            <numerusform>Пакет для %1: %n редакция протокола</numerusform>
            <numerusform>Пакет для %1: %n редакции протоколов</numerusform>
            <numerusform>Пакет для %1: %n редакций протоколов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history row(s)</source>
        <translation>
            <numerusform>%n строка истории</numerusform>
            <numerusform>%n строки истории</numerusform>
            <numerusform>%n строк истории</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new territory node(s)</source>
        <translation>
            <numerusform>%n новый узел территории</numerusform>
            <numerusform>%n новых узла территории</numerusform>
            <numerusform>%n новых узлов территории</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message numerus="yes">
        <source>%n territory change(s)</source>
        <translation>
            <numerusform>%n изменение территории</numerusform>
            <numerusform>%n изменения территории</numerusform>
            <numerusform>%n изменений территории</numerusform>
        </translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>штаба</translation>
    </message>
</context>
<context>
    <name>PackageLayout</name>
    <message>
        <source>creating the package</source>
        <translation>создание пакета</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a package: %2</source>
        <translation>%1 не удаётся открыть как пакет: %2</translation>
    </message>
</context>
<context>
    <name>PackageMerger</name>
    <message>
        <source>reading the package</source>
        <translation>чтение пакета</translation>
    </message>
    <message>
        <source>%1: made by %2, not by the office that sent it</source>
        <translation>%1: создан %2, а не офисом, который его отправил</translation>
    </message>
    <message>
        <source>%1 is signed by an unknown key (%2): %3 issued no kit with it and has no such headquarters; nothing was merged</source>
        <translation>%1 подписан неизвестным ключом (%2): %3 не выдавал комплект с ним и не имеет такого штаба; ничего не слито</translation>
    </message>
    <message>
        <source>%1 has a bad signature: it was altered after %2 signed it; nothing was merged</source>
        <translation>%1 имеет неверную подпись: его изменили после того, как %2 его подписал; ничего не слито</translation>
    </message>
    <message>
        <source>%1 is not a SaylauDesk package</source>
        <translation>%1 — не пакет SaylauDesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer SaylauDesk (package version %2); update the program</source>
        <translation>%1 записан более новой версией SaylauDesk (версия пакета %2); обновите программу</translation>
    </message>
    <message>
        <source>%1 belongs to another campaign (&quot;%2&quot;), not to %3; nothing was merged</source>
        <translation>%1 относится к другой кампании («%2»), а не к %3; ничего не слито</translation>
    </message>
    <message>
        <source>%1 says it comes from %2 but is signed with the key of %3</source>
        <translation>%1 указывает, что он от %2, но подписан ключом %3</translation>
    </message>
    <message>
        <source>%1 is addressed to %2, not to %3 (%4)</source>
        <translation>%1 адресован %2, а не %3 (%4)</translation>
    </message>
    <message>
        <source>reading the package&apos;s territory</source>
        <translation>чтение территорий пакета</translation>
    </message>
    <message>
        <source>adding a precinct from a package</source>
        <translation>добавление участка из пакета</translation>
    </message>
    <message>
        <source>reading the campaign&apos;s protocols</source>
        <translation>чтение протоколов кампании</translation>
    </message>
    <message>
        <source>reading the package&apos;s protocols</source>
        <translation>чтение протоколов пакета</translation>
    </message>
    <message>
        <source>reading the package&apos;s photos</source>
        <translation>чтение фото пакета</translation>
    </message>
    <message>
        <source>reading the campaign&apos;s photos</source>
        <translation>чтение фото кампании</translation>
    </message>
    <message>
        <source>adding a photo from a package</source>
        <translation>добавление фото из пакета</translation>
    </message>
    <message>
        <source>reading the package&apos;s history</source>
        <translation>чтение истории пакета</translation>
    </message>
    <message>
        <source>reading the protocol history</source>
        <translation>чтение истории протокола</translation>
    </message>
    <message>
        <source>adding history from a package</source>
        <translation>добавление истории из пакета</translation>
    </message>
    <message>
        <source>cannot make a private folder to check the packages in: %1</source>
        <translation>не удаётся создать закрытую папку для проверки пакетов: %1</translation>
    </message>
    <message>
        <source>reading the package&apos;s territory changes</source>
        <translation>чтение изменений территорий из пакета</translation>
    </message>
    <message>
        <source>reading the territory history</source>
        <translation>чтение истории территорий</translation>
    </message>
    <message>
        <source>adding a territory change from a package</source>
        <translation>добавление изменения территории из пакета</translation>
    </message>
    <message>
        <source>new region %1</source>
        <translation>новый регион %1</translation>
    </message>
    <message>
        <source>new district %1</source>
        <translation>новая ТИК %1</translation>
    </message>
    <message>
        <source>new precinct %1</source>
        <translation>новый участок %1</translation>
    </message>
    <message>
        <source>new territory node %1</source>
        <translation>новый узел территории %1</translation>
    </message>
    <message>
        <source>%1: under a node this campaign does not know</source>
        <translation>%1: под узлом, которого нет в этой кампании</translation>
    </message>
    <message>
        <source>the renaming of a territory node</source>
        <translation>переименование узла территории</translation>
    </message>
    <message>
        <source>the moving of a territory node</source>
        <translation>перенос узла территории</translation>
    </message>
    <message>
        <source>the deletion of a territory node</source>
        <translation>удаление узла территории</translation>
    </message>
    <message>
        <source>a change of a territory node</source>
        <translation>изменение узла территории</translation>
    </message>
    <message>
        <source>reading the territory</source>
        <translation>чтение территорий</translation>
    </message>
    <message>
        <source>a place the package does not name</source>
        <translation>не указано в пакете</translation>
    </message>
    <message>
        <source>%1: in no region, and office %2 may change only its regions (%3)</source>
        <translation>%1: вне регионов, а офис %2 может изменять только свои регионы (%3)</translation>
    </message>
    <message>
        <source>%1: in region %2, outside the regions of office %3 (%4)</source>
        <translation>%1: в регионе %2, вне регионов офиса %3 (%4)</translation>
    </message>
    <message>
        <source>%1: at a place this campaign does not hold</source>
        <translation>%1: такого места нет в этой кампании</translation>
    </message>
    <message>
        <source>protocol %1/%2 at %3</source>
        <translation>протокол %1/%2, место: %3</translation>
    </message>
    <message>
        <source>photo %1 at %2</source>
        <translation>фото %1, место: %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1, место: %2</translation>
    </message>
    <message>
        <source>history of a protocol at %1</source>
        <translation>история протокола, место: %1</translation>
    </message>
    <message>
        <source>history of a protocol at %1 this campaign does not hold</source>
        <translation>история протокола, которого нет в этой кампании, место: %1</translation>
    </message>
</context>
<context>
    <name>PackageSeal</name>
    <message>
        <source>%1: cannot read the package: %2</source>
        <translation>%1: не удаётся прочитать пакет: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the signature: %2</source>
        <translation>%1: не удаётся записать подпись: %2</translation>
    </message>
    <message>
        <source>%1 is not a SaylauDesk package (not an SQLite file, or its first bytes are damaged)</source>
        <translation>%1 — не пакет SaylauDesk (не файл SQLite, или его первые байты повреждены)</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes of the %3 it was written with; ask for it again</source>
        <translation>%1 обрезан: %2 байт из %3, с которыми он был записан; запросите его снова</translation>
    </message>
    <message>
        <source>%1: its signature names another length; it was altered after signing</source>
        <translation>%1: в его подписи указана другая длина; его изменили после подписания</translation>
    </message>
    <message>
        <source>%1 carries no SaylauDesk signature (its last bytes were altered, or it is a plain SQLite file)</source>
        <translation>%1 не имеет подписи SaylauDesk (его последние байты изменены, или это обычный файл SQLite)</translation>
    </message>
    <message>
        <source>%1: cannot copy the package aside to check it: %2</source>
        <translation>%1: не удаётся скопировать пакет отдельно для проверки: %2</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>%1 is headquarters: name the office the package is for (--for NAME)</source>
        <translation>%1 — штаб: укажите офис, для которого пакет (--for ИМЯ)</translation>
    </message>
    <message>
        <source>%1 has joined no exchange: it is neither headquarters nor an office&apos;s kit</source>
        <translation>%1 не участвует ни в каком обмене: это не штаб и не комплект офиса</translation>
    </message>
    <message>
        <source>%1 exchanges with no one named %2</source>
        <translation>%1 не ведёт обмен ни с кем по имени %2</translation>
    </message>
    <message>
        <source>%1: cannot create the package</source>
        <translation>%1: не удаётся создать пакет</translation>
    </message>
    <message>
        <source>creating the package</source>
        <translation>создание пакета</translation>
    </message>
    <message>
        <source>writing the package</source>
        <translation>запись пакета</translation>
    </message>
    <message>
        <source>reading protocol revisions</source>
        <translation>чтение редакций протоколов</translation>
    </message>
    <message>
        <source>reading protocol history</source>
        <translation>чтение истории протоколов</translation>
    </message>
    <message>
        <source>reading photos</source>
        <translation>чтение фото</translation>
    </message>
    <message>
        <source>reading territory changes</source>
        <translation>чтение изменений территорий</translation>
    </message>
    <message>
        <source>reading territory</source>
        <translation>чтение территорий</translation>
    </message>
    <message>
        <source>reading the campaign failed: %1</source>
        <translation>не удалось прочитать кампанию: %1</translation>
    </message>
</context>
<context>
    <name>PostgresHandle</name>
    <message>
        <source>this works on a campaign on a server only</source>
        <translation>это работает только для кампании на сервере</translation>
    </message>
    <message>
        <source>the connection to the server is not open</source>
        <translation>соединение с сервером не открыто</translation>
    </message>
</context>
<context>
    <name>PrecinctRegions</name>
    <message>
        <source>reading the territory</source>
        <translation>чтение территорий</translation>
    </message>
    <message>
        <source>reading the territory failed: %1</source>
        <translation>не удалось прочитать территории: %1</translation>
    </message>
</context>
<context>
    <name>PrecinctSampler</name>
    <message>
        <source>the campaign has no precincts to draw from: import the precinct list first</source>
        <translation>в кампании нет участков для выборки: сначала импортируйте список участков</translation>
    </message>
    <message numerus="yes">
        <source>a sample of %1 precincts is more than the %n precinct(s) of the list</source>
        <translation>
            <numerusform>выборка из %1 участков больше, чем %n участок в списке</numerusform>
            <numerusform>выборка из %1 участков больше, чем %n участка в списке</numerusform>
            <numerusform>выборка из %1 участков больше, чем %n участков в списке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stratum/strata need at least 2 precincts each: choose a sample of at least %1 precincts, or no strata</source>
        <translation>
            <numerusform>%n страте нужно не меньше 2 участков: задайте объём выборки не меньше %1 участков или откажитесь от страт</numerusform>
            <numerusform>%n стратам нужно не меньше 2 участков в каждой: задайте объём выборки не меньше %1 участков или откажитесь от страт</numerusform>
            <numerusform>%n стратам нужно не меньше 2 участков в каждой: задайте объём выборки не меньше %1 участков или откажитесь от страт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetLibrary</name>
    <message>
        <source>no %1 preset &quot;%2&quot;</source>
        <translation>нет пресета %1 «%2»</translation>
    </message>
    <message>
        <source>%1: %2 at offset %3</source>
        <translation>%1: %2 в позиции %3</translation>
    </message>
    <message>
        <source>campaign preset %1 names no form or no contest</source>
        <translation>в пресете кампании %1 не указаны форма или выборы</translation>
    </message>
    <message>
        <source>ballot preset %1: an entry lacks its position or name</source>
        <translation>пресет бюллетеня %1: у позиции нет номера или названия</translation>
    </message>
    <message>
        <source>territory preset %1: a region lacks its code or name</source>
        <translation>пресет территории %1: у региона нет кода или названия</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>List the campaign presets that init can start from</source>
        <translation>Список пресетов кампаний, из которых может начать init</translation>
    </message>
</context>
<context>
    <name>ProtocolForm</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing or empty</source>
        <translation>%1: поле «%2» отсутствует или пусто</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names no known measure: %3</source>
        <translation>%1: «%2» не называет известный показатель: %3</translation>
    </message>
    <message>
        <source>protocol form</source>
        <translation>форма протокола</translation>
    </message>
    <message>
        <source>protocol form %1</source>
        <translation>форма протокола %1</translation>
    </message>
    <message>
        <source>%1: the form has no lines</source>
        <translation>%1: в форме нет строк</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>%1: line %2 appears twice</source>
        <translation>%1: строка %2 встречается дважды</translation>
    </message>
    <message>
        <source>%1, relation</source>
        <translation>%1, соотношение</translation>
    </message>
    <message>
        <source>%1, relation %2: severity must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>%1, соотношение %2: значимость должна быть «error» или «warning»</translation>
    </message>
    <message>
        <source>%1: unknown measure &quot;%2&quot;</source>
        <translation>%1: неизвестный показатель «%2»</translation>
    </message>
    <message>
        <source>%1: the measure &quot;%2&quot; must be defined</source>
        <translation>%1: показатель «%2» должен быть определён</translation>
    </message>
</context>
<context>
    <name>ProtocolMerge</name>
    <message>
        <source>line %1 (%2)</source>
        <translation>строка %1 (%2)</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>observer&apos;s contact</source>
        <translation>контакт наблюдателя</translation>
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
</context>
<context>
    <name>ProtocolWriter</name>
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
        <source>confirming the protocol</source>
        <translation>подтверждение протокола</translation>
    </message>
</context>
<context>
    <name>PublishedResult</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of &quot;%3&quot; is not a count</source>
        <translation>%1: «%2» в «%3» — не число</translation>
    </message>
    <message>
        <source>%1: a published result needs &quot;contest&quot; and &quot;parties&quot;</source>
        <translation>%1: опубликованному результату нужны «contest» и «parties»</translation>
    </message>
    <message>
        <source>%1: the campaign has no territory &quot;%2&quot;</source>
        <translation>%1: в кампании нет территории «%2»</translation>
    </message>
    <message>
        <source>%1: the form %2 has no single line for &quot;%3&quot;</source>
        <translation>%1: в форме %2 нет единственной строки для «%3»</translation>
    </message>
    <message>
        <source>%1: unknown measure &quot;%2&quot;</source>
        <translation>%1: неизвестный показатель «%2»</translation>
    </message>
    <message>
        <source>%1: no party &quot;%2&quot; on the ballot of %3</source>
        <translation>%1: в бюллетене %3 нет партии «%2»</translation>
    </message>
    <message>
        <source>%1: fewer ballots cast than votes for the parties</source>
        <translation>%1: проголосовавших меньше, чем голосов за партии</translation>
    </message>
    <message>
        <source>published result</source>
        <translation>опубликованный итог</translation>
    </message>
    <message>
        <source>Spoiled ballots: ballots cast less the votes for the parties.</source>
        <translation>Испорченные бюллетени: проголосовавшие за вычетом голосов за партии.</translation>
    </message>
</context>
<context>
    <name>RelationBreaks</name>
    <message>
        <source>%1 (%2 against %3)</source>
        <translation>%1 (%2 против %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the figures break the control relation(s) %2, and nobody confirmed them so; nothing was saved</source>
        <translation>
            <numerusform>%1: данные нарушают контрольное соотношение %2, и никто не подтвердил их такими; ничего не сохранено</numerusform>
            <numerusform>%1: данные нарушают контрольные соотношения %2, и никто не подтвердил их такими; ничего не сохранено</numerusform>
            <numerusform>%1: данные нарушают контрольные соотношения %2, и никто не подтвердил их такими; ничего не сохранено</numerusform>
        </translation>
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
    <message>
        <source>Σ parties</source>
        <translation>Σ партий</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Print a contest&apos;s summary table: precincts, voters, turnout, unused ballots, shares</source>
        <translation>Сводная таблица выборов: участки, избиратели, явка, неиспользованные бюллетени, доли</translation>
    </message>
    <message>
        <source>One row per region, tik or uik as well.</source>
        <translation>Также по строке на каждый регион, ТИК или УИК.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>Decimals of percentages (0-4).</source>
        <translation>Знаков после запятой в процентах (0-4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Round shares so that each column adds up to exactly 100%.</source>
        <translation>Округлить доли так, чтобы каждый столбец давал ровно 100%.</translation>
    </message>
    <message>
        <source>Write the report to a file instead: .pdf (tables and charts), .xlsx or .csv.</source>
        <translation>Записать отчёт в файл: .pdf (таблицы и диаграммы), .xlsx или .csv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>--precision must be a number from 0 to 4</source>
        <translation>--precision должен быть числом от 0 до 4</translation>
    </message>
    <message>
        <source>--out must name a .pdf, .xlsx or .csv file</source>
        <translation>--out должен указывать файл .pdf, .xlsx или .csv</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан файл %1</translation>
    </message>
    <message>
        <source>observer, official or both; by default the sources the contest has.</source>
        <translation>observer (наблюдатели), official (официальные) или both (оба); по умолчанию — источники, которые есть у выборов.</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>отчёт PDF</translation>
    </message>
    <message>
        <source>Add the Forensics page (integer-percentage test, excess-votes estimate; as saylau forensics with its defaults) to the text, PDF or XLSX report.</source>
        <translation>Добавить в текстовый отчёт, PDF или XLSX страницу «Электоральная статистика» (тест на целые проценты, оценка избыточных голосов; как saylau forensics с параметрами по умолчанию).</translation>
    </message>
    <message>
        <source>--forensics adds a page to the text, PDF or XLSX report; for CSV or JSON run saylau forensics</source>
        <translation>--forensics добавляет страницу в текстовый отчёт, PDF или XLSX; для CSV или JSON запустите saylau forensics</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: choose a .pdf, .xlsx or .csv file</source>
        <translation>%1: выберите файл .pdf, .xlsx или .csv</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Where the figures come from</source>
        <translation>Откуда данные</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>По территориям</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>Электоральная статистика</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>, %n verified by a second entry</source>
        <translation>
            <numerusform>, %n проверен повторным вводом</numerusform>
            <numerusform>, %n проверены повторным вводом</numerusform>
            <numerusform>, %n проверено повторным вводом</numerusform>
        </translation>
    </message>
    <message>
        <source>, received from %1 to %2</source>
        <translation>, получены с %1 по %2</translation>
    </message>
    <message>
        <source>, last changed %1</source>
        <translation>, последнее изменение %1</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of files into this contest.</source>
        <translation>
            <numerusform>%n импорт файлов в эти выборы.</numerusform>
            <numerusform>%n импорта файлов в эти выборы.</numerusform>
            <numerusform>%n импортов файлов в эти выборы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign file: %1. Report made %2.</source>
        <translation>Файл кампании: %1. Отчёт подготовлен %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln protocol(s)</source>
        <translation>
            <numerusform>%1: %Ln протокол</numerusform>
            <numerusform>%1: %Ln протокола</numerusform>
            <numerusform>%1: %Ln протоколов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore a backup into a new campaign file</source>
        <translation>Восстановить резервную копию в новый файл кампании</translation>
    </message>
    <message>
        <source>The new campaign file (must not exist).</source>
        <translation>Новый файл кампании (не должен существовать).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Резервная копия для восстановления.</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>%1, line %2, column %3 &quot;%4&quot;</source>
        <translation>%1, строка %2, столбец %3 «%4»</translation>
    </message>
    <message>
        <source>%1, line %2: the row has %3 fields, the header has %4</source>
        <translation>%1, строка %2: в строке полей %3, в заголовке %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3</source>
        <translation>%1: «%2» — %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>%1: the cell is empty; every row needs it (or, for votes a TIK counted itself, the TIK&apos;s)</source>
        <translation>%1: ячейка пуста; она нужна в каждой строке (а для голосов, подсчитанных самой ТИК, — ячейка ТИК)</translation>
    </message>
    <message>
        <source>%1: the name has a control character (%2) at byte %3; names may not hold NULs, line breaks or other control characters</source>
        <translation>%1: в названии есть управляющий символ (%2) в байте %3; названия не могут содержать NUL, переводы строк и другие управляющие символы</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>%1, line %2: columns %3 &quot;%4&quot; and %5 &quot;%6&quot; have the same header but different counts (%7 and %8); remove one of them or correct the file</source>
        <translation>%1, строка %2: у столбцов %3 «%4» и %5 «%6» одинаковый заголовок, но разные числа (%7 и %8); удалите один из них или исправьте файл</translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>Draw a random sample of precincts for observers, or size one for a margin of error</source>
        <translation>Сформировать случайную выборку участков для наблюдателей или рассчитать её объём для заданной погрешности</translation>
    </message>
    <message>
        <source>Precincts to draw.</source>
        <translation>Сколько участков отобрать.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Strata: region or none.</source>
        <translation>Страты: region (регионы) или none (без страт).</translation>
    </message>
    <message>
        <source>by</source>
        <translation>признак</translation>
    </message>
    <message>
        <source>Stratum sizes proportional to voters, or equal.</source>
        <translation>Объёмы страт: proportional (пропорционально числу избирателей) или equal (поровну).</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>правило</translation>
    </message>
    <message>
        <source>Seed of the generator (a whole number); a new one when left out.</source>
        <translation>Зерно генератора (целое число); если не указано — новое.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <source>Write the deployment list to this CSV file.</source>
        <translation>Записать список расстановки наблюдателей в этот файл CSV.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Target margin of error of the leader&apos;s share, in percentage points at 95%: print the precincts it needs.</source>
        <translation>Целевая погрешность доли лидера в процентных пунктах (при 95%): вывести нужное для неё число участков.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>пункты</translation>
    </message>
    <message>
        <source>Intra-precinct correlation assumed when there are no official figures.</source>
        <translation>Коэффициент внутриучастковой корреляции, принимаемый при отсутствии официальных данных.</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>rho</translation>
    </message>
    <message>
        <source>--icc must be a number from 0 to 1</source>
        <translation>--icc должен быть числом от 0 до 1</translation>
    </message>
    <message>
        <source>give --size to draw a sample, or --margin to size one</source>
        <translation>укажите --size, чтобы сформировать выборку, или --margin, чтобы рассчитать её объём</translation>
    </message>
    <message>
        <source>--margin must be a number of percentage points, more than 0 and less than 50</source>
        <translation>--margin должен быть числом процентных пунктов больше 0 и меньше 50</translation>
    </message>
    <message>
        <source>--size must be a whole number of precincts, at least 1</source>
        <translation>--size должен быть целым числом участков, не меньше 1</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615</source>
        <translation>--seed должен быть целым числом от 0 до 18446744073709551615</translation>
    </message>
    <message numerus="yes">
        <source>Even all %n precinct(s) give a margin of ±%1 points.</source>
        <translation>
            <numerusform>Даже выборка из всех %n участка даёт погрешность ±%1 п. п.</numerusform>
            <numerusform>Даже выборка из всех %n участков даёт погрешность ±%1 п. п.</numerusform>
            <numerusform>Даже выборка из всех %n участков даёт погрешность ±%1 п. п.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s) for a margin of error of ±%1 points (expected: ±%2).</source>
        <translation>
            <numerusform>%n участок для погрешности ±%1 п. п. (ожидаемая: ±%2).</numerusform>
            <numerusform>%n участка для погрешности ±%1 п. п. (ожидаемая: ±%2).</numerusform>
            <numerusform>%n участков для погрешности ±%1 п. п. (ожидаемая: ±%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the deployment list to %1</source>
        <translation>Список расстановки записан в %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ТИК</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Избирателей</translation>
    </message>
</context>
<context>
    <name>SampleDeploymentList</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>SampleDrawing</name>
    <message numerus="yes">
        <source>Drew %1 of %n precinct(s) (seed %2).</source>
        <translation>
            <numerusform>Отобрано %1 из %n участка (зерно %2).</numerusform>
            <numerusform>Отобрано %1 из %n участков (зерно %2).</numerusform>
            <numerusform>Отобрано %1 из %n участков (зерно %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stratified by region, %n stratum/strata</source>
        <translation>
            <numerusform>Стратификация по регионам, %n страта</numerusform>
            <numerusform>Стратификация по регионам, %n страты</numerusform>
            <numerusform>Стратификация по регионам, %n страт</numerusform>
        </translation>
    </message>
    <message>
        <source>No strata</source>
        <translation>Без страт</translation>
    </message>
    <message>
        <source>the same number of precincts per stratum</source>
        <translation>одинаковое число участков в каждой страте</translation>
    </message>
    <message>
        <source>sizes proportional to %1, at least 2 per stratum</source>
        <translation>объёмы пропорциональны показателю %1, не меньше 2 на страту</translation>
    </message>
    <message>
        <source>%1; %2; simple random sampling without replacement in each stratum.</source>
        <translation>%1; %2; простой случайный отбор без возвращения в каждой страте.</translation>
    </message>
    <message>
        <source>Generator: %1.</source>
        <translation>Генератор: %1.</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Страта</translation>
    </message>
    <message>
        <source>precincts</source>
        <translation>участков</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>избирателей</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>выборка</translation>
    </message>
    <message>
        <source>inclusion probability</source>
        <translation>вероятность включения</translation>
    </message>
    <message>
        <source>Expected margin of error: ±%1 points. %2</source>
        <translation>Ожидаемая погрешность: ±%1 п. п. %2</translation>
    </message>
    <message>
        <source>Stored in the campaign, replacing any earlier sample of this contest. The same seed draws the same precincts again.</source>
        <translation>Сохранено в кампании вместо прежней выборки этих выборов. С тем же зерном будут отобраны те же участки.</translation>
    </message>
</context>
<context>
    <name>SampleEstimate</name>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>The observers&apos; copies do not come from a random sample of precincts: they were brought from wherever observers could go, so no margin of error can be given for them. Below: what they cover.</source>
        <translation>Копии наблюдателей получены не со случайной выборки участков, а оттуда, куда смогли попасть наблюдатели, поэтому погрешность для них указать нельзя. Ниже — что они охватывают.</translation>
    </message>
    <message numerus="yes">
        <source>Estimates from a random sample of %Ln precinct(s) drawn before election day (seed %1); %2 of them reported. Intervals: 95%.</source>
        <translation>
            <numerusform>Оценки по случайной выборке из %Ln участка, сформированной до дня голосования (зерно %1); данные поступили с %2 из них. Интервалы: 95%.</numerusform>
            <numerusform>Оценки по случайной выборке из %Ln участков, сформированной до дня голосования (зерно %1); данные поступили с %2 из них. Интервалы: 95%.</numerusform>
            <numerusform>Оценки по случайной выборке из %Ln участков, сформированной до дня голосования (зерно %1); данные поступили с %2 из них. Интервалы: 95%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stratified by region (%n strata)</source>
        <translation>
            <numerusform>со стратификацией по регионам (%n страта)</numerusform>
            <numerusform>со стратификацией по регионам (%n страты)</numerusform>
            <numerusform>со стратификацией по регионам (%n страт)</numerusform>
        </translation>
    </message>
    <message>
        <source>without strata</source>
        <translation>без стратификации</translation>
    </message>
    <message>
        <source>the same number of precincts in each stratum</source>
        <translation>одинаковое число участков в каждой страте</translation>
    </message>
    <message>
        <source>stratum sizes proportional to %1, at least 2 each</source>
        <translation>объёмы страт пропорциональны показателю %1, не меньше 2 в каждой</translation>
    </message>
    <message>
        <source>Simple random sample of precincts %1, %2; ratio estimates weighted by the inverse of each precinct&apos;s inclusion probability among those that reported; standard errors by Taylor linearisation for a stratified sample of precincts.</source>
        <translation>Простая случайная выборка участков %1, %2; оценки отношения взвешены величинами, обратными вероятности включения каждого участка, среди приславших данные; стандартные ошибки — линеаризацией Тейлора для стратифицированной выборки участков.</translation>
    </message>
</context>
<context>
    <name>SampleEstimateWriter</name>
    <message>
        <source>%1: what the observers&apos; copies can claim</source>
        <translation>%1: что можно утверждать по копиям наблюдателей</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — not real election results</source>
        <translation>СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — не реальные итоги выборов</translation>
    </message>
    <message>
        <source>Party shares: of %1. Official figures as in the summary report.</source>
        <translation>Доли партий: от %1. Официальные данные — как в сводном отчёте.</translation>
    </message>
    <message>
        <source>Sampled precincts: %1; reported: %2, with %3 voters on the list.</source>
        <translation>Участков в выборке: %1; данные поступили: %2, избирателей в списке на них: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer copy/copies of precincts outside the sample: not used.</source>
        <translation>
            <numerusform>%Ln копия наблюдателя с участка вне выборки: не используется.</numerusform>
            <numerusform>%Ln копии наблюдателей с участков вне выборки: не используются.</numerusform>
            <numerusform>%Ln копий наблюдателей с участков вне выборки: не используются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sampled copy/copies with an empty line: not used.</source>
        <translation>
            <numerusform>%Ln копия из выборки с пустой строкой: не используется.</numerusform>
            <numerusform>%Ln копии из выборки с пустой строкой: не используются.</numerusform>
            <numerusform>%Ln копий из выборки с пустой строкой: не используются.</numerusform>
        </translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>интервал 95%</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официально</translation>
    </message>
    <message>
        <source>official inside</source>
        <translation>офиц. в интервале</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НЕТ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stratum/strata without a single report: the estimates are about the others.</source>
        <translation>
            <numerusform>%Ln страта, где данные не поступили ни с одного участка: оценки относятся к остальным.</numerusform>
            <numerusform>%Ln страты, где данные не поступили ни с одного участка: оценки относятся к остальным.</numerusform>
            <numerusform>%Ln страт, где данные не поступили ни с одного участка: оценки относятся к остальным.</numerusform>
        </translation>
    </message>
    <message>
        <source>By stratum</source>
        <translation>По стратам</translation>
    </message>
    <message>
        <source>%1: %2 sampled, %3 reported</source>
        <translation>%1: в выборке %2, с данными %3</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>precincts</source>
        <translation>участков</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>избирателей</translation>
    </message>
    <message>
        <source>The copies cover %1 of %2 precincts (%3)</source>
        <translation>Копии охватывают %1 из %2 участков (%3)</translation>
    </message>
    <message>
        <source>%1: estimate %2 (95% interval %3 – %4)</source>
        <translation>%1: оценка %2 (интервал 95%: %3 – %4)</translation>
    </message>
    <message>
        <source>official %1, inside the interval</source>
        <translation>официально %1, внутри интервала</translation>
    </message>
    <message>
        <source>official %1, OUTSIDE the interval</source>
        <translation>официально %1, ВНЕ интервала</translation>
    </message>
    <message>
        <source>with official voters</source>
        <translation>с официальным числом избирателей</translation>
    </message>
    <message>
        <source>published total</source>
        <translation>опубликованный итог</translation>
    </message>
    <message>
        <source>Voters: on the official lists of the precincts whose official figures give them, or in a total published for a territory as a whole; observed: on the observers&apos; copies of those precincts.</source>
        <translation>Избиратели: по официальным спискам участков, официальные данные которых их дают, или по итогу, опубликованному для территории в целом; наблюдаемые: по копиям наблюдателей с этих участков.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n region(s) of the campaign with no figures of this contest, official or observed (%1 precincts).</source>
        <translation>
            <numerusform>Не учтён %n регион кампании без данных этих выборов, официальных или наблюдателей (участков: %1).</numerusform>
            <numerusform>Не учтены %n региона кампании без данных этих выборов, официальных или наблюдателей (участков: %1).</numerusform>
            <numerusform>Не учтены %n регионов кампании без данных этих выборов, официальных или наблюдателей (участков: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 of the %2 voters on the list in the official figures, which include totals published for a territory as a whole (%3).</source>
        <translation> и %1 из %2 избирателей в списке по официальным данным, в которые входят итоги, опубликованные для территории в целом (%3).</translation>
    </message>
    <message>
        <source> and %1 of %2 voters on the list (%3).</source>
        <translation> и %1 из %2 избирателей в списке (%3).</translation>
    </message>
    <message>
        <source>The official figures of %1 of these precincts give %2 voters on the list; the copies cover %3 of those precincts (%4) and %5 of their voters (%6).</source>
        <translation>Официальные данные %1 из этих участков дают %2 избирателей в списке; копии охватывают %3 из этих участков (%4) и %5 их избирателей (%6).</translation>
    </message>
</context>
<context>
    <name>SampleFrame</name>
    <message>
        <source>(no region)</source>
        <translation>(без региона)</translation>
    </message>
    <message>
        <source>All precincts</source>
        <translation>Все участки</translation>
    </message>
</context>
<context>
    <name>SampleSizeCalculator</name>
    <message>
        <source>no precinct&apos;s voters are known: the sample size cannot be worked out before the precinct list with its voters is imported</source>
        <translation>число избирателей не известно ни для одного участка: объём выборки нельзя рассчитать, пока не импортирован список участков с числом избирателей</translation>
    </message>
    <message>
        <source>the margin of error must be more than 0</source>
        <translation>погрешность должна быть больше 0</translation>
    </message>
    <message>
        <source>Margin of error of the leader&apos;s share (%1) at 95%: the variance of the ratio estimator under this design, with the official precinct figures taken as the population.</source>
        <translation>Погрешность доли лидера (%1) при 95%: дисперсия оценки отношения при данном дизайне выборки; за генеральную совокупность приняты официальные данные участков.</translation>
    </message>
    <message>
        <source>Margin of error of a share of 50% (the worst case) at 95%: Kish&apos;s design effect for precincts of unequal size, deff = 1 + ρ(b̄(1 + cv²) − 1) = %1 with ρ = %2 assumed and b̄ = %3 voters per precinct; no official figures to do better.</source>
        <translation>Погрешность доли 50% (худший случай) при 95%: эффект дизайна Киша (Kish) для участков неравного размера, deff = 1 + ρ(b̄(1 + cv²) − 1) = %1 при принятом ρ = %2 и b̄ = %3 избирателей на участок; официальных данных для более точного расчёта нет.</translation>
    </message>
</context>
<context>
    <name>SampleStore</name>
    <message>
        <source>removing the previous sample</source>
        <translation>удаление прежней выборки</translation>
    </message>
    <message>
        <source>saving the sample design</source>
        <translation>сохранение дизайна выборки</translation>
    </message>
    <message>
        <source>saving a stratum of the sample</source>
        <translation>сохранение страты выборки</translation>
    </message>
    <message>
        <source>saving a precinct of the sample</source>
        <translation>сохранение участка выборки</translation>
    </message>
    <message>
        <source>reading the sample design</source>
        <translation>чтение дизайна выборки</translation>
    </message>
    <message>
        <source>the stored sample of %1 has a damaged seed</source>
        <translation>у сохранённой выборки %1 повреждено зерно</translation>
    </message>
    <message>
        <source>reading the strata of the sample</source>
        <translation>чтение страт выборки</translation>
    </message>
    <message>
        <source>reading the precincts of the sample</source>
        <translation>чтение участков выборки</translation>
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
    <name>ServerAttachmentStream</name>
    <message>
        <source>reading a photo</source>
        <translation>чтение фото</translation>
    </message>
    <message>
        <source>reading a photo failed: there is no photo %1</source>
        <translation>не удалось прочитать фото: фото %1 нет</translation>
    </message>
    <message>
        <source>reading a photo failed: photo %1 is gone</source>
        <translation>не удалось прочитать фото: фото %1 удалено</translation>
    </message>
    <message>
        <source>adding the photo %1</source>
        <translation>добавление фото %1</translation>
    </message>
    <message>
        <source>adding the photo %1 returned no id</source>
        <translation>добавление фото %1 не вернуло идентификатор</translation>
    </message>
    <message>
        <source>adding the photo %1 failed: %2</source>
        <translation>не удалось добавить фото %1: %2</translation>
    </message>
    <message>
        <source>%1 bytes of %2 arrived</source>
        <translation>получено %1 байт из %2</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>pg_dump is not installed: a campaign on a server is backed up with PostgreSQL&apos;s own pg_dump (Debian: apt install postgresql-client-15)</source>
        <translation>pg_dump не установлен: резервная копия кампании на сервере делается собственной утилитой PostgreSQL — pg_dump (Debian: apt install postgresql-client-15)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>не удаётся запустить %1: %2</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed: %2</source>
        <translation>ошибка pg_dump для %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file: give it a name of its own</source>
        <translation>%1 уже существует; резервная копия никогда не заменяет существующий файл: укажите для неё другое имя</translation>
    </message>
</context>
<context>
    <name>ServerImportBench</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 пуст</translation>
    </message>
    <message>
        <source>%1 is no server address (postgresql://user@host:port/database)</source>
        <translation>%1 — не адрес сервера (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>psql is needed as the reference (apt-get install postgresql-client-15)</source>
        <translation>в качестве эталона нужен psql (apt-get install postgresql-client-15)</translation>
    </message>
    <message numerus="yes">
        <source>timing %1 against %2 (%n run(s) each)...</source>
        <translation>
            <numerusform>замер %1 в сравнении с %2 (по %n прогону)...</numerusform>
            <numerusform>замер %1 в сравнении с %2 (по %n прогона)...</numerusform>
            <numerusform>замер %1 в сравнении с %2 (по %n прогонов)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 into a campaign on %2</source>
        <translation>Импорт %1 в кампанию на %2</translation>
    </message>
    <message>
        <source>  whole process, median of the runs</source>
        <translation>  весь процесс, медиана прогонов</translation>
    </message>
    <message>
        <source>  psql \copy (raw, untyped):       %1 s</source>
        <translation>  psql \copy (сырой, без типов):   %1 с</translation>
    </message>
    <message>
        <source>  saylau import (full, %1 rows):  %2 s</source>
        <translation>  saylau import (полный, строк: %1):  %2 с</translation>
    </message>
    <message>
        <source>  ratio saylau / psql:             %1</source>
        <translation>  отношение saylau / psql:         %1</translation>
    </message>
    <message>
        <source>  CPU time of the client (user + system): psql %1 s, saylau %2 s</source>
        <translation>  время ЦП клиента (user + system): psql %1 с, saylau %2 с</translation>
    </message>
    <message>
        <source>  peak memory (RSS) of the client: psql %1 MB, saylau %2 MB</source>
        <translation>  пиковая память (RSS) клиента: psql %1 МБ, saylau %2 МБ</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>%1 is a file: roles are a server&apos;s (give a postgresql:// address)</source>
        <translation>%1 — файл: роли бывают только у сервера (укажите адрес postgresql://)</translation>
    </message>
    <message>
        <source>setting up the roles on %1 failed: %2</source>
        <translation>не удалось настроить роли на %1: %2</translation>
    </message>
    <message>
        <source>reading the rights of the server&apos;s user</source>
        <translation>чтение прав пользователя сервера</translation>
    </message>
    <message>
        <source>%1: the server does not say who is connected</source>
        <translation>%1: сервер не сообщает, кто подключён</translation>
    </message>
    <message>
        <source>%1: %2 does not own the database %3 (%4 does), and a campaign&apos;s roles and rights are set up by its owner; the database was left as it was. Give the owner&apos;s address, or make the database with createdb --owner=%2.</source>
        <translation>%1: %2 не владеет базой данных %3 (ею владеет %4), а роли и права кампании настраивает её владелец; база данных оставлена без изменений. Укажите адрес с именем владельца или создайте базу данных командой createdb --owner=%2.</translation>
    </message>
    <message>
        <source>reading the server&apos;s roles</source>
        <translation>чтение ролей сервера</translation>
    </message>
    <message>
        <source>%1: the roles %2 are not on this server yet, and %3 may not create roles; the database was left as it was. As the server&apos;s administrator, let %3 create them (sudo -u postgres psql -c &quot;ALTER ROLE %3 CREATEROLE&quot;) or create them yourself (sudo -u postgres psql -c &quot;%4&quot;), then run saylau init-server again.</source>
        <translation>%1: ролей %2 на этом сервере ещё нет, а %3 не может создавать роли; база данных оставлена без изменений. Как администратор сервера, разрешите %3 создать их (sudo -u postgres psql -c &quot;ALTER ROLE %3 CREATEROLE&quot;) или создайте их сами (sudo -u postgres psql -c &quot;%4&quot;), затем снова выполните saylau init-server.</translation>
    </message>
</context>
<context>
    <name>ServerScratchDatabase</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>the signing library (libsodium) cannot start: no source of randomness</source>
        <translation>библиотеку подписи (libsodium) не удаётся запустить: нет источника случайности</translation>
    </message>
    <message>
        <source>the campaign&apos;s signing key is damaged</source>
        <translation>ключ подписи кампании повреждён</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 is not a SaylauDesk database (not an SQLite file, or its header is damaged)</source>
        <translation>%1 — не база данных SaylauDesk (не файл SQLite, или его заголовок повреждён)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a SaylauDesk campaign</source>
        <translation>%1 — база данных SQLite, но не кампания SaylauDesk</translation>
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
    <message>
        <source>%1 was refused by the server: your role on it has no right to do this (%2)</source>
        <translation>сервер отклонил %1: у вашей роли на нём нет права на это (%2)</translation>
    </message>
</context>
<context>
    <name>SqliteBlob</name>
    <message>
        <source>writing a photo failed: %1</source>
        <translation>не удалось записать фото: %1</translation>
    </message>
    <message>
        <source>reading a photo failed: %1</source>
        <translation>не удалось прочитать фото: %1</translation>
    </message>
    <message>
        <source>it is longer than the space made for it</source>
        <translation>оно длиннее отведённого для него места</translation>
    </message>
    <message>
        <source>writing a photo failed: %1 bytes of %2 arrived</source>
        <translation>не удалось записать фото: получено %1 байт из %2</translation>
    </message>
</context>
<context>
    <name>SqliteHandle</name>
    <message>
        <source>the campaign file is not open</source>
        <translation>файл кампании не открыт</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver must use the system SQLite %1</source>
        <translation>драйвер SQLite в Qt должен использовать системную SQLite %1</translation>
    </message>
    <message>
        <source>this works on campaign files only, not yet on a campaign on a server</source>
        <translation>это работает только с файлами кампаний, пока не с кампанией на сервере</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>%1 failed: no parameter %2</source>
        <translation>%1: ошибка: нет параметра %2</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>a summary report needs one aggregation per source</source>
        <translation>сводному отчёту нужна одна агрегация на каждый источник</translation>
    </message>
    <message>
        <source>%1: no protocols.</source>
        <translation>%1: протоколов нет.</translation>
    </message>
    <message>
        <source>the commissions received %1 ballots for %2 voters on the list</source>
        <translation>комиссии получили %1 бюллетеней на %2 избирателей в списке</translation>
    </message>
    <message>
        <source>%1 ballots were issued but %2 counted as voting</source>
        <translation>выдано %1 бюллетеней, а проголосовавшими учтено %2</translation>
    </message>
    <message>
        <source>each figure is rounded on its own</source>
        <translation>каждая цифра округлена отдельно</translation>
    </message>
    <message>
        <source>%1: turnout %2 and unused ballots %3 add up to %4, not 100%: %5.</source>
        <translation>%1: явка %2 и неиспользованные бюллетени %3 дают в сумме %4, а не 100%: %5.</translation>
    </message>
    <message>
        <source>the votes counted (%1) are not the %2 (%3)</source>
        <translation>подсчитанные голоса (%1) не равны числу %2 (%3)</translation>
    </message>
    <message>
        <source>each share is rounded on its own</source>
        <translation>каждая доля округлена отдельно</translation>
    </message>
    <message>
        <source>%1: the shares shown add up to %2, not 100%: %3.</source>
        <translation>%1: показанные доли дают в сумме %2, а не 100%: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n further copy(ies) of precincts already counted were left out of the sums.</source>
        <translation>
            <numerusform>%1: %n дополнительная копия уже учтённых участков не вошла в суммы.</numerusform>
            <numerusform>%1: %n дополнительные копии уже учтённых участков не вошли в суммы.</numerusform>
            <numerusform>%1: %n дополнительных копий уже учтённых участков не вошли в суммы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n protocol(s) belong to no known territory and were left out.</source>
        <translation>
            <numerusform>%1: %n протокол не относится ни к одной известной территории и не учтён.</numerusform>
            <numerusform>%1: %n протокола не относятся ни к одной известной территории и не учтены.</numerusform>
            <numerusform>%1: %n протоколов не относятся ни к одной известной территории и не учтены.</numerusform>
        </translation>
    </message>
    <message>
        <source>voters on the list</source>
        <translation>избирателей в списке</translation>
    </message>
    <message>
        <source>ballots received</source>
        <translation>полученных бюллетеней</translation>
    </message>
    <message>
        <source>ballots issued</source>
        <translation>выданных бюллетеней</translation>
    </message>
    <message>
        <source>ballots cast (spoiled included)</source>
        <translation>проголосовавших (включая испорченные бюллетени)</translation>
    </message>
    <message>
        <source>spoiled ballots</source>
        <translation>испорченных бюллетеней</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>действительных голосов</translation>
    </message>
    <message>
        <source>unused ballots</source>
        <translation>неиспользованных бюллетеней</translation>
    </message>
    <message>
        <source>votes against all</source>
        <translation>голосов «против всех»</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдение</translation>
    </message>
    <message numerus="yes">
        <source>turnout is taken over %n protocol(s) and unused ballots over %1</source>
        <translation>
            <numerusform>явка рассчитана по %n протоколу, а неиспользованные бюллетени — по %1</numerusform>
            <numerusform>явка рассчитана по %n протоколам, а неиспользованные бюллетени — по %1</numerusform>
            <numerusform>явка рассчитана по %n протоколам, а неиспользованные бюллетени — по %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the shares are taken over different protocols, as some protocols do not give every line</source>
        <translation>доли рассчитаны по разным протоколам, так как не во всех протоколах есть все строки</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n protocol(s) give no &quot;%3&quot;: its sum covers the others, and a percentage using it only the protocols that give both of its figures.</source>
        <translation>
            <numerusform>%1: в %2 из %n протокола нет «%3»: сумма по этой строке охватывает остальные протоколы, а процент с её участием — только протоколы, где есть обе его величины.</numerusform>
            <numerusform>%1: в %2 из %n протоколов нет «%3»: сумма по этой строке охватывает остальные протоколы, а процент с её участием — только протоколы, где есть обе его величины.</numerusform>
            <numerusform>%1: в %2 из %n протоколов нет «%3»: сумма по этой строке охватывает остальные протоколы, а процент с её участием — только протоколы, где есть обе его величины.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no protocol gives %2.</source>
        <translation>%1: ни в одном протоколе нет данных: %2.</translation>
    </message>
    <message>
        <source>%1: no protocol gives votes for %2.</source>
        <translation>%1: ни в одном протоколе нет голосов за %2.</translation>
    </message>
</context>
<context>
    <name>SummaryReportFile</name>
    <message>
        <source>%1: choose a .xlsx or .csv file</source>
        <translation>%1: выберите файл .xlsx или .csv</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>SummaryReportWriter</name>
    <message>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <source>UIK %1</source>
        <translation>УИК %1</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: a demonstration, not real election results.</source>
        <translation>СИНТЕТИЧЕСКИЕ ДАННЫЕ: демонстрация, а не реальные итоги выборов.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Кол. УИК</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубликовано</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Кол. избирателей</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Проголосовали</translation>
    </message>
    <message>
        <source>Unused ballots</source>
        <translation>Неиспольз. бюл.</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Spoiled ballots</source>
        <translation>Испорч. бюл.</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Неиспольз.</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Испорч.</translation>
    </message>
    <message>
        <source>%1: a total published for the whole territory, %2 voters on the list.</source>
        <translation>%1: итог, опубликованный для всей территории, избирателей в списке: %2.</translation>
    </message>
    <message>
        <source>Shares of parties and spoiled ballots: of %1. Voted: of voters on the list. Unused ballots: of %2.</source>
        <translation>Доли партий и испорченных бюллетеней: от %1. Проголосовали: от избирателей в списке. Неиспользованные бюллетени: от %2.</translation>
    </message>
    <message>
        <source>Shares are rounded by the largest remainder, so that each column adds up to 100%.</source>
        <translation>Доли округлены методом наибольшего остатка, чтобы каждый столбец давал ровно 100%.</translation>
    </message>
    <message>
        <source>%1: parties over the %2% threshold of %3: %4</source>
        <translation>%1: партии, преодолевшие порог %2% от %3: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%1: turnout by region from %2 (%3) to %4 (%5); mean of the %n region(s) %6, overall %7.</source>
        <translation>
            <numerusform>%1: явка по регионам от %2 (%3) до %4 (%5); среднее по %n региону %6, всего %7.</numerusform>
            <numerusform>%1: явка по регионам от %2 (%3) до %4 (%5); среднее по %n регионам %6, всего %7.</numerusform>
            <numerusform>%1: явка по регионам от %2 (%3) до %4 (%5); среднее по %n регионам %6, всего %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: spoiled ballots by region from %2 (%3) to %4 (%5).</source>
        <translation>%1: испорченные бюллетени по регионам от %2 (%3) до %4 (%5).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Внимание: %1</translation>
    </message>
    <message>
        <source>%1: seats (%2, largest remainder among the lists over the threshold): %3.</source>
        <translation>%1: мандаты (%2, наибольший остаток среди списков, преодолевших порог): %3.</translation>
    </message>
    <message>
        <source>%1: seats these figures would give (%2, largest remainder among the lists over the threshold): %3.</source>
        <translation>%1: мандаты по этим данным (%2, наибольший остаток среди списков, преодолевших порог): %3.</translation>
    </message>
    <message>
        <source>%1: the last seat went to one of equal remainders; the law&apos;s tie rule decides it.</source>
        <translation>%1: последний мандат достался одному из равных остатков; при равенстве решает правило закона.</translation>
    </message>
    <message>
        <source>%1: the regions&apos; figures are the sums of their precincts; the overall figure is the published total.</source>
        <translation>%1: цифры по регионам — суммы их участков; общая цифра — опубликованный итог.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln precinct(s), %2 voters on the list.</source>
        <translation>
            <numerusform>%1: %Ln участок, избирателей в списке: %2.</numerusform>
            <numerusform>%1: %Ln участка, избирателей в списке: %2.</numerusform>
            <numerusform>%1: %Ln участков, избирателей в списке: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдаемое</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидаемое</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>СКО</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Избыток</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>явка</translation>
    </message>
    <message>
        <source>leader&apos;s share</source>
        <translation>доля лидера</translation>
    </message>
    <message>
        <source>All precincts</source>
        <translation>Все участки</translation>
    </message>
    <message>
        <source>Shares of parties: of %1. Spoiled ballots: of %2. Voted: of voters on the list. Unused ballots: of %3.</source>
        <translation>Доли партий: от %1. Испорченные бюллетени: от %2. Проголосовали: от избирателей в списке. Неиспользованные бюллетени: от %3.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>TIK</source>
        <translation>ТИК</translation>
    </message>
</context>
<context>
    <name>SummaryReportXlsx</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>По территориям</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>Электоральная статистика</translation>
    </message>
</context>
<context>
    <name>TerritoryEditor</name>
    <message>
        <source>precinct No. %1</source>
        <translation>участок № %1</translation>
    </message>
    <message>
        <source>There is no territory with id %1 in this campaign (deleted meanwhile?).</source>
        <translation>В этой кампании нет территории с id %1 (её тем временем удалили?).</translation>
    </message>
    <message>
        <source>%1 must be placed inside the country, a region or a district.</source>
        <translation>%1 нужно поместить в страну, регион или ТИК.</translation>
    </message>
    <message>
        <source>%1 cannot be placed inside %2: it must go into a larger unit.</source>
        <translation>%1 нельзя поместить в %2: нужна территория более высокого уровня.</translation>
    </message>
    <message>
        <source>A precinct needs its number.</source>
        <translation>У участка должен быть номер.</translation>
    </message>
    <message>
        <source>%1 already has precinct No. %2.</source>
        <translation>В %1 уже есть участок № %2.</translation>
    </message>
    <message>
        <source>A district or region needs a name.</source>
        <translation>У ТИК или региона должно быть название.</translation>
    </message>
    <message>
        <source>recording the territory change</source>
        <translation>запись изменения территории</translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation>переименование %1</translation>
    </message>
    <message>
        <source>moving %1</source>
        <translation>перемещение %1</translation>
    </message>
    <message>
        <source>looking below %1</source>
        <translation>поиск внутри %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n protocol(s) were entered or imported there. Move the precincts elsewhere first, or keep it.</source>
        <translation>
            <numerusform>%1 нельзя удалить: там введён или импортирован %n протокол. Сначала перенесите участки в другое место или оставьте всё как есть.</numerusform>
            <numerusform>%1 нельзя удалить: там введены или импортированы %n протокола. Сначала перенесите участки в другое место или оставьте всё как есть.</numerusform>
            <numerusform>%1 нельзя удалить: там введено или импортировано %n протоколов. Сначала перенесите участки в другое место или оставьте всё как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: photos or unsaved protocol drafts belong to it.</source>
        <translation>%1 нельзя удалить: к этой территории относятся фото или несохранённые черновики протоколов.</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>удаление %1</translation>
    </message>
    <message>
        <source>reading the territory history</source>
        <translation>чтение истории территорий</translation>
    </message>
    <message>
        <source>This campaign is the kit of office %1, which covers the regions %2 only: %3 cannot go into %4, outside them (headquarters would set it aside). Add it at headquarters, or at the office whose kit holds that region.</source>
        <translation>Эта кампания — комплект офиса %1, охватывающий только регионы %2: %3 нельзя поместить в %4 — это вне этих регионов (штаб отложил бы такое изменение). Добавьте это в штабе или в офисе, в комплект которого входит этот регион.</translation>
    </message>
</context>
<context>
    <name>TerritoryIndex</name>
    <message>
        <source>UIK %1</source>
        <translation>УИК %1</translation>
    </message>
</context>
<context>
    <name>TerritoryNames</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TerritoryNode</name>
    <message>
        <source>%1: counted by the commission</source>
        <translation>%1: подсчитано самой комиссией</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TerritoryReader</name>
    <message>
        <source>reading the territory failed: %1</source>
        <translation>не удалось прочитать территории: %1</translation>
    </message>
</context>
<context>
    <name>TerritoryResolver</name>
    <message>
        <source>a row names no precinct</source>
        <translation>в строке не указан участок</translation>
    </message>
    <message>
        <source>a row of votes counted by a TIK names no TIK</source>
        <translation>в строке голосов, подсчитанных самой ТИК, не указана ТИК</translation>
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
    <name>UnavailableCommand</name>
    <message>
        <source>Not in this build (built with -DSAYLAU_GUI=OFF, without the renderer)</source>
        <translation>Нет в этой сборке (собрано с -DSAYLAU_GUI=OFF, без модуля отрисовки)</translation>
    </message>
    <message>
        <source>%1 is not in this build: it was built without the renderer (-DSAYLAU_GUI=OFF); use a build with the desktop program</source>
        <translation>%1 нет в этой сборке: она собрана без модуля отрисовки (-DSAYLAU_GUI=OFF); используйте сборку с настольной программой</translation>
    </message>
    <message>
        <source>saylau %1: %2</source>
        <translation>saylau %1: %2</translation>
    </message>
    <message>
        <source>drawing charts</source>
        <translation>построение диаграмм</translation>
    </message>
</context>
<context>
    <name>VerifyHistoryCommand</name>
    <message numerus="yes">
        <source>intact: %n history row(s)</source>
        <translation>
            <numerusform>история цела: %n строка</numerusform>
            <numerusform>история цела: %n строки</numerusform>
            <numerusform>история цела: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>, head %1</source>
        <translation>, вершина цепочки %1</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>история нарушена: %1</translation>
    </message>
    <message>
        <source>broken at history row %1: %2</source>
        <translation>история нарушена в строке %1: %2</translation>
    </message>
    <message>
        <source>, copy %1</source>
        <translation>, копия %1</translation>
    </message>
    <message>
        <source>  protocol #%1 (no longer in the file), revision %2, saved at %3</source>
        <translation>  протокол №%1 (больше нет в файле), редакция %2, сохранён %3</translation>
    </message>
    <message>
        <source>Check that no protocol history row was edited, deleted, inserted or moved, and that every protocol is as its history left it</source>
        <translation>Проверить, что ни одна строка истории протоколов не была изменена, удалена, вставлена или перемещена и что каждый протокол соответствует своей истории</translation>
    </message>
    <message>
        <source>%1, contest %2, source %3%4</source>
        <translation>%1, выборы %2, источник %3%4</translation>
    </message>
    <message>
        <source>  protocol: %1, revision %2, saved at %3</source>
        <translation>  протокол: %1, редакция %2, сохранён %3</translation>
    </message>
    <message numerus="yes">
        <source>broken: %n protocol(s) not as their history left them</source>
        <translation>
            <numerusform>нарушено: %n протокол не соответствует своей истории</numerusform>
            <numerusform>нарушено: %n протокола не соответствуют своей истории</numerusform>
            <numerusform>нарушено: %n протоколов не соответствуют своей истории</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n protocol(s) not as their history left them (the %1 history rows themselves are intact, head %2)</source>
        <translation>
            <numerusform>нарушено: %n протокол не соответствует своей истории (сами строки истории целы: %1, вершина цепочки %2)</numerusform>
            <numerusform>нарушено: %n протокола не соответствуют своей истории (сами строки истории целы: %1, вершина цепочки %2)</numerusform>
            <numerusform>нарушено: %n протоколов не соответствуют своей истории (сами строки истории целы: %1, вершина цепочки %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>  protocol: %1; its last history row %2 (revision %3, saved at %4) says otherwise:</source>
        <translation>  протокол: %1; его последняя строка истории %2 (редакция %3, сохранена %4) указывает иное:</translation>
    </message>
    <message>
        <source>    %1: %2 in the history, %3 stored</source>
        <translation>    %1: в истории %2, сохранено %3</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>SaylauDesk</source>
        <translation>SaylauDesk</translation>
    </message>
    <message>
        <source>The demo campaign could not be created:
%1</source>
        <translation>Не удалось создать демонстрационную кампанию:
%1</translation>
    </message>
    <message>
        <source>Election-monitoring desk: protocols, official figures, control relations.</source>
        <translation>Рабочее место наблюдателей за выборами: протоколы, официальные данные, контрольные соотношения.</translation>
    </message>
    <message>
        <source>The campaign file to open (the demo when none).</source>
        <translation>Файл кампании для открытия (если не указан — демонстрационная).</translation>
    </message>
</context>
<context>
    <name>saylau::ChartsPane</name>
    <message>
        <source>Contest:</source>
        <translation>Выборы:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Диаграмма:</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>Sort regions by:</source>
        <translation>Регионы по доле:</translation>
    </message>
    <message>
        <source>Shares of:</source>
        <translation>Доли от:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Party shares by region</source>
        <translation>Доли партий по регионам</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Явка по регионам</translation>
    </message>
    <message>
        <source>Party shares, observed and official</source>
        <translation>Доли партий: наблюдение и официально</translation>
    </message>
    <message>
        <source>Turnout across precincts</source>
        <translation>Распределение участков по явке</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <source>Observed and official</source>
        <translation>Наблюдение и официально</translation>
    </message>
    <message>
        <source>ballots cast (spoiled included)</source>
        <translation>проголосовавших (вкл. испорченные)</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>действительных голосов</translation>
    </message>
    <message>
        <source>Show spoiled ballots</source>
        <translation>Показывать испорченные бюллетени</translation>
    </message>
    <message>
        <source>Name shown at the foot of the chart</source>
        <translation>Название внизу диаграммы</translation>
    </message>
    <message>
        <source>Export PNG 1920×1080…</source>
        <translation>Экспорт PNG 1920×1080…</translation>
    </message>
    <message>
        <source>Export PNG 3840×2160…</source>
        <translation>Экспорт PNG 3840×2160…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Экспорт SVG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт PDF…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Копировать в буфер обмена</translation>
    </message>
    <message>
        <source>the leading party</source>
        <translation>партии-лидеру</translation>
    </message>
    <message>
        <source>Open a campaign to draw its charts.</source>
        <translation>Откройте кампанию, чтобы построить диаграммы.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Party colours</source>
        <translation>Цвета партий</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Логотип…</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Логотип: %1</translation>
    </message>
    <message>
        <source>Ballot colours</source>
        <translation>Цвета из бюллетеня</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Цвет: %1</translation>
    </message>
    <message>
        <source>Organisation&apos;s logo</source>
        <translation>Логотип организации</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export summary report</source>
        <translation>Экспорт итогового отчёта</translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF с диаграммами (*.pdf);;Таблица Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export summary report…</source>
        <translation>Экспорт итогового отчёта…</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>Лидер:</translation>
    </message>
    <message>
        <source>Forensics: turnout in fine bins (the saw)</source>
        <translation>Статистика: явка с мелким шагом («пила»)</translation>
    </message>
    <message>
        <source>Forensics: turnout and the leader&apos;s share, per precinct</source>
        <translation>Статистика: явка и доля лидера по участкам</translation>
    </message>
    <message>
        <source>Forensics: fingerprint (turnout × leader&apos;s share)</source>
        <translation>Статистика: отпечаток (явка × доля лидера)</translation>
    </message>
    <message>
        <source>Forensics: votes by turnout</source>
        <translation>Статистика: голоса по явке</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Интервалы:</translation>
    </message>
    <message>
        <source>0.1 percentage point</source>
        <translation>0,1 п. п.</translation>
    </message>
    <message>
        <source>0.5 percentage point</source>
        <translation>0,5 п. п.</translation>
    </message>
    <message>
        <source>1 percentage point</source>
        <translation>1 п. п.</translation>
    </message>
    <message>
        <source>Sample estimate and official result</source>
        <translation>Оценка по выборке и официальный результат</translation>
    </message>
    <message>
        <source>Forensics: fingerprint of each region (small multiples)</source>
        <translation>Статистика: отпечаток каждого региона (серия малых графиков)</translation>
    </message>
    <message>
        <source>With a Forensics page</source>
        <translation>Со страницей «Электоральная статистика»</translation>
    </message>
    <message>
        <source>The integer-percentage test and the excess-votes estimate, as saylau forensics computes them; not in the CSV file.</source>
        <translation>Тест на целые проценты и оценка избыточных голосов, как их вычисляет saylau forensics; в файл CSV не входят.</translation>
    </message>
</context>
<context>
    <name>saylau::ColumnMappingDialog</name>
    <message>
        <source>Column Mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>The file is %1, %2-separated, with %n column(s). Choose what each column becomes.</source>
        <translation>
            <numerusform>Файл: %1, разделитель: %2, %n столбец. Выберите, чем станет каждый столбец.</numerusform>
            <numerusform>Файл: %1, разделитель: %2, %n столбца. Выберите, чем станет каждый столбец.</numerusform>
            <numerusform>Файл: %1, разделитель: %2, %n столбцов. Выберите, чем станет каждый столбец.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping confirmed last time for files of this shape from this source is applied.</source>
        <translation>Применено сопоставление, подтверждённое в прошлый раз для файлов такого вида из этого источника.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#&lt;/b&gt;</source>
        <translation>&lt;b&gt;№&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Столбец файла&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stored as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сохраняется как&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match&lt;/b&gt;</source>
        <translation>&lt;b&gt;Совпадение&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>A guess from the column&apos;s label: check it</source>
        <translation>Догадка по названию столбца: проверьте</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both stored as %3.</source>
        <translation>Столбцы %1 и %2 оба сохраняются как %3.</translation>
    </message>
    <message>
        <source>Every column is mapped.</source>
        <translation>Все столбцы сопоставлены.</translation>
    </message>
    <message>
        <source>Strict import: map these columns or set them to &quot;ignored&quot;: %1</source>
        <translation>Строгий импорт: сопоставьте эти столбцы или выберите для них «пропускается»: %1</translation>
    </message>
    <message>
        <source>Mapped to nothing, kept as text with each record: %1</source>
        <translation>Ничему не сопоставлены, сохраняются как текст при каждой записи: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first rows as they will be stored&lt;/b&gt;</source>
        <translation>&lt;b&gt;Первые строки в том виде, в каком они будут сохранены&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The first rows as they will be stored&lt;/b&gt; (%n of them would be refused: see the rejected rows option or correct the file)</source>
        <translation>
            <numerusform>&lt;b&gt;Первые строки в том виде, в каком они будут сохранены&lt;/b&gt; (%n из них будет отклонена: включите запись отклонённых строк или исправьте файл)</numerusform>
            <numerusform>&lt;b&gt;Первые строки в том виде, в каком они будут сохранены&lt;/b&gt; (%n из них будут отклонены: включите запись отклонённых строк или исправьте файл)</numerusform>
            <numerusform>&lt;b&gt;Первые строки в том виде, в каком они будут сохранены&lt;/b&gt; (%n из них будут отклонены: включите запись отклонённых строк или исправьте файл)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 is a party the ballot does not have: go back and take the ballot list from the file, or store the column otherwise.</source>
        <translation>Столбец %1 — партия, которой нет в бюллетене: вернитесь и возьмите бюллетень из файла или сохраните столбец иначе.</translation>
    </message>
    <message>
        <source>No column is stored as &quot;%1&quot;: the rows would have nowhere to go.</source>
        <translation>Ни один столбец не сохраняется как «%1»: строкам некуда попасть.</translation>
    </message>
    <message>
        <source>holds counts: choose</source>
        <translation>содержит числа: выберите</translation>
    </message>
    <message>
        <source>Column %1 holds counts but would be kept as text, losing its votes: go back and take the ballot list from the file, or choose what it is (&quot;kept as text&quot; too, on purpose).</source>
        <translation>Столбец %1 содержит числа, но будет сохранён как текст, и его голоса потеряются: вернитесь и возьмите бюллетень из файла или выберите, что это за столбец (можно и «сохраняется как текст», если это намеренно).</translation>
    </message>
</context>
<context>
    <name>saylau::ConflictResolutionDialog</name>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Разрешить</translation>
    </message>
    <message>
        <source>Resolve Conflicts</source>
        <translation>Разрешение конфликтов</translation>
    </message>
    <message>
        <source>Each column is one place&apos;s version of the protocol. Click a value to take it; the last column is what the protocol will say.</source>
        <translation>Каждый столбец — версия протокола из одного места. Щёлкните значение, чтобы выбрать его; последний столбец показывает, каким станет протокол.</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официальный</translation>
    </message>
    <message>
        <source>observer copy %1</source>
        <translation>копия наблюдателя %1</translation>
    </message>
    <message>
        <source>No conflicts: every protocol has one version.</source>
        <translation>Конфликтов нет: у каждого протокола одна версия.</translation>
    </message>
    <message>
        <source>%1 saved by %2 at %3</source>
        <translation>%1 сохранено: %2, %3</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Выбрано</translation>
    </message>
    <message>
        <source>Versions: %1.</source>
        <translation>Версии: %1.</translation>
    </message>
    <message>
        <source>The versions differ on this line: click the value to take</source>
        <translation>Версии расходятся в этой строке: щёлкните значение, которое нужно взять</translation>
    </message>
    <message numerus="yes">
        <source>The chosen figures break %n control relation(s): %1.</source>
        <translation>
            <numerusform>Выбранные данные нарушают %n контрольное соотношение: %1.</numerusform>
            <numerusform>Выбранные данные нарушают %n контрольных соотношения: %1.</numerusform>
            <numerusform>Выбранные данные нарушают %n контрольных соотношений: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve with figures that break control relations?</source>
        <translation>Разрешить конфликт данными, нарушающими контрольные соотношения?</translation>
    </message>
    <message numerus="yes">
        <source>The chosen figures break %n control relation(s):</source>
        <translation>
            <numerusform>Выбранные данные нарушают %n контрольное соотношение:</numerusform>
            <numerusform>Выбранные данные нарушают %n контрольных соотношения:</numerusform>
            <numerusform>Выбранные данные нарушают %n контрольных соотношений:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve so only if the paper protocol itself says so; otherwise cancel and choose the values again.</source>
        <translation>Разрешайте так, только если так написано в самом бумажном протоколе; иначе отмените и выберите значения заново.</translation>
    </message>
    <message>
        <source>&amp;Resolve anyway</source>
        <translation>&amp;Всё равно разрешить</translation>
    </message>
</context>
<context>
    <name>saylau::DiscrepancyTableModel</name>
    <message numerus="yes">
        <source>the copy breaks %n control relation(s) of its form</source>
        <translation>
            <numerusform>копия нарушает %n контрольное соотношение своей формы</numerusform>
            <numerusform>копия нарушает %n контрольных соотношения своей формы</numerusform>
            <numerusform>копия нарушает %n контрольных соотношений своей формы</numerusform>
        </translation>
    </message>
    <message>
        <source>voters on the list differ by %1 from the official figure: likely another precinct&apos;s protocol</source>
        <translation>число избирателей в списке отличается от официального на %1: вероятно, это протокол другого участка</translation>
    </message>
    <message>
        <source>the sum includes doubtful copies</source>
        <translation>сумма включает сомнительные копии</translation>
    </message>
    <message>
        <source>(official total; copies of %1 of %2 precincts)</source>
        <translation>(официальный итог; копии %1 из %2 участков)</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>сомнительная</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>The larger of the votes added and taken by the official figures</source>
        <translation>Большее из числа голосов, приписанных и отнятых в официальных данных</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Votes added</source>
        <translation>Приписано голосов</translation>
    </message>
    <message>
        <source>Votes taken</source>
        <translation>Отнято голосов</translation>
    </message>
    <message>
        <source>Official minus copy on the measure turnout is counted from</source>
        <translation>Официальные данные минус копия по показателю, от которого считается явка</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Gained, lost</source>
        <translation>Прибавили, потеряли</translation>
    </message>
</context>
<context>
    <name>saylau::DiscrepancyWindow</name>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Все партии</translation>
    </message>
    <message>
        <source>%1 precincts compared like for like; %2 differ (%3 resting on a doubtful copy); %4 rows shown.</source>
        <translation>Сопоставимо сравнено участков: %1; расходятся: %2 (на сомнительной копии: %3); показано строк: %4.</translation>
    </message>
    <message>
        <source>Synthetic demo data.</source>
        <translation>Синтетические демонстрационные данные.</translation>
    </message>
    <message>
        <source>Discrepancies — SaylauDesk</source>
        <translation>Расхождения — SaylauDesk</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>Выборы:</translation>
    </message>
    <message>
        <source>Set aside doubtful copies</source>
        <translation>Отложить сомнительные копии</translation>
    </message>
    <message>
        <source>Copies that break their own control relations, or whose voters on the list are far from the official figure, are left out of the comparison.</source>
        <translation>Копии, нарушающие собственные контрольные соотношения или с числом избирателей в списке, далёким от официального, не участвуют в сравнении.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Shift at least:</source>
        <translation>Сдвиг не менее:</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Все расхождения</translation>
    </message>
    <message>
        <source>Everything compared</source>
        <translation>Всё сравнённое</translation>
    </message>
    <message>
        <source>turnout %1 ballots</source>
        <translation>явка: %1 бюл.</translation>
    </message>
    <message>
        <source>Official figures against the copies: %1.</source>
        <translation>Официальные данные против копий: %1.</translation>
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
    <message>
        <source>Party %1: %2</source>
        <translation>Партия %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The resolved figures break %n control relation(s), as the paper protocol may: %1. Check the lines again; verifying asks you to confirm it so.</source>
        <translation>
            <numerusform>Выбранные данные нарушают %n контрольное соотношение (так бывает и в бумажном протоколе): %1. Проверьте строки ещё раз; при подтверждении протокола это нужно будет подтвердить отдельно.</numerusform>
            <numerusform>Выбранные данные нарушают %n контрольных соотношения (так бывает и в бумажном протоколе): %1. Проверьте строки ещё раз; при подтверждении протокола это нужно будет подтвердить отдельно.</numerusform>
            <numerusform>Выбранные данные нарушают %n контрольных соотношений (так бывает и в бумажном протоколе): %1. Проверьте строки ещё раз; при подтверждении протокола это нужно будет подтвердить отдельно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify a protocol that breaks control relations?</source>
        <translation>Подтвердить протокол, нарушающий контрольные соотношения?</translation>
    </message>
    <message numerus="yes">
        <source>The figures to be verified break %n control relation(s):</source>
        <translation>
            <numerusform>Подтверждаемые данные нарушают %n контрольное соотношение:</numerusform>
            <numerusform>Подтверждаемые данные нарушают %n контрольных соотношения:</numerusform>
            <numerusform>Подтверждаемые данные нарушают %n контрольных соотношений:</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify only if the paper protocol itself says so; otherwise cancel and check the lines again.</source>
        <translation>Подтверждайте, только если так написано в самом бумажном протоколе; иначе отмените и проверьте строки ещё раз.</translation>
    </message>
    <message>
        <source>&amp;Verify anyway</source>
        <translation>&amp;Всё равно подтвердить</translation>
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
        <source>Choose a precinct in the navigator to enter its protocol.</source>
        <translation>Выберите участок в навигаторе, чтобы ввести его протокол.</translation>
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
    <message>
        <source>Change &amp;Operator…</source>
        <translation>Сменить &amp;оператора…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing changed since revision %1: nothing to save.</source>
        <translation>С редакции %1 ничего не изменилось: сохранять нечего.</translation>
    </message>
    <message>
        <source>Nothing typed: nothing to save.</source>
        <translation>Ничего не введено: сохранять нечего.</translation>
    </message>
    <message>
        <source>%1: stored %2, yours %3</source>
        <translation>%1: сохранено %2, у вас %3</translation>
    </message>
    <message>
        <source>Kept as the other save left them (you did not change them): %1.</source>
        <translation>Оставлены такими, как их сохранил другой (вы их не меняли): %1.</translation>
    </message>
    <message>
        <source>No line was changed by both of you: keeping your values saves your changes and theirs.</source>
        <translation>Ни одну строку вы не меняли оба: если оставить ваши значения, сохранятся и ваши изменения, и чужие.</translation>
    </message>
    <message>
        <source>Changed by both of you, differently:</source>
        <translation>Изменены вами обоими, по-разному:</translation>
    </message>
</context>
<context>
    <name>saylau::ExchangeActions</name>
    <message>
        <source>&amp;Send Package to an Office…</source>
        <translation>&amp;Отправить пакет в офис…</translation>
    </message>
    <message>
        <source>&amp;Send to Headquarters…</source>
        <translation>&amp;Отправить в штаб…</translation>
    </message>
    <message>
        <source>Re&amp;ceive Packages…</source>
        <translation>&amp;Получить пакеты…</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Разрешить &amp;конфликты…</translation>
    </message>
    <message>
        <source>Send Package</source>
        <translation>Отправка пакета</translation>
    </message>
    <message>
        <source>The &amp;office the package is for:</source>
        <translation>&amp;Офис, для которого пакет:</translation>
    </message>
    <message>
        <source>SaylauDesk packages (*.saylau-package);;All files (*)</source>
        <translation>Пакеты SaylauDesk (*.saylau-package);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Package Ready</source>
        <translation>Пакет готов</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n протокол</numerusform>
            <numerusform>%n протокола</numerusform>
            <numerusform>%n протоколов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive Packages</source>
        <translation>Получение пакетов</translation>
    </message>
    <message>
        <source>The package for %1 carries %2 and %3 (%4 history rows, %5 new precincts or districts, %6 renames, moves or deletions of them).

%7

Take it to %1 on a stick, by e-mail or by messenger; it is signed, so any change on the way is refused.</source>
        <translation>Пакет для %1 содержит %2 и %3 (строк истории: %4, новых участков или ТИК: %5, их переименований, перемещений или удалений: %6).

%7

Передайте его в %1 на флешке, по электронной почте или через мессенджер; он подписан, поэтому любое изменение в пути будет отклонено.</translation>
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
    <message>
        <source>Revision %1, written by an import or another program: see the import records</source>
        <translation>Редакция %1 записана импортом или другой программой: см. записи об импорте</translation>
    </message>
    <message>
        <source>unmapped columns</source>
        <translation>несопоставленные столбцы</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
</context>
<context>
    <name>saylau::ImportDialog</name>
    <message>
        <source>Take the &amp;ballot list from the file (parties or candidates in column order)</source>
        <translation>Взять бюллетень (&amp;партии или кандидатов) из файла, в порядке столбцов</translation>
    </message>
    <message>
        <source>&amp;Strict: a column that maps to nothing is an error</source>
        <translation>&amp;Строго: столбец, которому ничего не соответствует, — ошибка</translation>
    </message>
    <message>
        <source>Import the good rows, &amp;write the rejected ones with reasons to:</source>
        <translation>Импортировать верные строки, отклонённые с причинами &amp;записать в:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Импорт результатов</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Далее…</translation>
    </message>
    <message>
        <source>Official (the election commission&apos;s figures)</source>
        <translation>Официальные (данные избирательной комиссии)</translation>
    </message>
    <message>
        <source>Observer (copies of protocols brought by observers)</source>
        <translation>Наблюдатели (копии протоколов от наблюдателей)</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Territorial commission (TIK)</source>
        <translation>Территориальная комиссия (ТИК)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>e.g. the observer&apos;s name; keeps several copies of one precinct apart</source>
        <translation>например, имя наблюдателя; различает несколько копий одного участка</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Results &amp;file (CSV):</source>
        <translation>&amp;Файл результатов (CSV):</translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation>&amp;Выборы:</translation>
    </message>
    <message>
        <source>&amp;Whose figures:</source>
        <translation>&amp;Чьи данные:</translation>
    </message>
    <message>
        <source>Observer &amp;copy label:</source>
        <translation>&amp;Метка копии наблюдателя:</translation>
    </message>
    <message>
        <source>A row of the file is a:</source>
        <translation>Строка файла — это:</translation>
    </message>
    <message>
        <source>Without the last option the first bad row stops the import and the campaign stays exactly as it was.</source>
        <translation>Без последнего параметра первая ошибочная строка останавливает импорт, и кампания остаётся в точности такой, как была.</translation>
    </message>
    <message>
        <source>%1-rejected</source>
        <translation>%1-отклонённые</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Precinct list only (no figures)</source>
        <translation>Только список участков (без данных)</translation>
    </message>
    <message>
        <source>Region, TIK, precinct number and address of each commission: creates the precincts and sets their addresses before election day; no figures are stored.</source>
        <translation>Регион, ТИК, номер участка и адрес каждой комиссии: участки создаются и получают адреса ещё до дня голосования; данные протоколов не сохраняются.</translation>
    </message>
</context>
<context>
    <name>saylau::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>The line of the file where the row starts</source>
        <translation>Строка файла, с которой начинается запись</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>TIK</source>
        <translation>ТИК</translation>
    </message>
    <message>
        <source>Territorial election commission</source>
        <translation>Территориальная избирательная комиссия</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>The precinct number as it will be stored</source>
        <translation>Номер участка в том виде, в каком он будет сохранён</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Kept as text</source>
        <translation>Сохраняется как текст</translation>
    </message>
    <message>
        <source>Columns that map to nothing, kept with the record</source>
        <translation>Столбцы, которым ничего не соответствует, сохраняются при записи</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>The precinct&apos;s address</source>
        <translation>Адрес участка</translation>
    </message>
</context>
<context>
    <name>saylau::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>&amp;Диаграммы…</translation>
    </message>
    <message>
        <source>&amp;Discrepancies…</source>
        <translation>&amp;Расхождения…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About SaylauDesk</source>
        <translation>&amp;О программе SaylauDesk</translation>
    </message>
    <message>
        <source>Synthetic demo data: these figures were generated for demonstration and are not real election results.</source>
        <translation>Синтетические демонстрационные данные: эти цифры сгенерированы для демонстрации и не являются реальными итогами выборов.</translation>
    </message>
    <message>
        <source>SaylauDesk</source>
        <translation>SaylauDesk</translation>
    </message>
    <message>
        <source>%1 — SaylauDesk</source>
        <translation>%1 — SaylauDesk</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>Открыть кампанию</translation>
    </message>
    <message>
        <source>Charts — SaylauDesk</source>
        <translation>Диаграммы — SaylauDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SaylauDesk %1&lt;/h3&gt;&lt;p&gt;A desk for election observer groups: protocols brought from the precincts, official figures, their control relations and comparison.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SaylauDesk %1&lt;/h3&gt;&lt;p&gt;Рабочее место групп наблюдателей за выборами: протоколы, доставленные с участков, официальные данные, их контрольные соотношения и сравнение.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SaylauDesk</source>
        <translation>О программе SaylauDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open campaign:&lt;/b&gt; %1, %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Открытая кампания:&lt;/b&gt; %1, %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synthetic demo data.&lt;/b&gt; The precinct figures were generated so that the totals match published results; no precinct&apos;s figures are real.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Синтетические демонстрационные данные.&lt;/b&gt; Цифры участков сгенерированы так, чтобы итоги совпадали с опубликованными результатами; ни одна цифра участка не является настоящей.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Protocol forms:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Формы протоколов:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Protocols</source>
        <translation>&amp;Протоколы</translation>
    </message>
    <message>
        <source>&amp;Enter Protocols…</source>
        <translation>&amp;Ввод протоколов…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Ошибка резервного копирования: %1</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Back Up Every</source>
        <translation>Резервная &amp;копия каждые</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sample of Precincts…</source>
        <translation>&amp;Выборка участков…</translation>
    </message>
    <message>
        <source>SaylauDesk campaigns (*.saylau *.db);;All files (*)</source>
        <translation>Кампании SaylauDesk (*.saylau *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Commit %1, built %2&lt;br&gt;Qt %3, SQLite %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Коммит %1, сборка %2&lt;br&gt;Qt %3, SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
</context>
<context>
    <name>saylau::NavigatorPane</name>
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
    <name>saylau::NewCampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Election preset:</source>
        <translation>&amp;Пресет выборов:</translation>
    </message>
    <message>
        <source>Campaign &amp;file:</source>
        <translation>&amp;Файл кампании:</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>New Campaign File</source>
        <translation>Новый файл кампании</translation>
    </message>
    <message>
        <source>No election preset could be read.</source>
        <translation>Не удалось прочитать ни одного пресета выборов.</translation>
    </message>
    <message>
        <source>%1, %2. Contests: %3. The precincts come later, by import or entry.</source>
        <translation>%1, %2. Выборы: %3. Участки добавляются позже — импортом или вводом.</translation>
    </message>
    <message>
        <source>SaylauDesk campaigns (*.saylau *.db);;All files (*)</source>
        <translation>Кампании SaylauDesk (*.saylau *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Empty ballots: the first import takes them from its file</source>
        <translation>П&amp;устые бюллетени: первый импорт возьмёт их из своего файла</translation>
    </message>
    <message>
        <source>as the preset names it</source>
        <translation>как в пресете</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>&amp;Название выборов:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>&amp;Дата выборов:</translation>
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
    <name>saylau::OverviewPane</name>
    <message>
        <source>Observer copies</source>
        <translation>Копии наблюдателей</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Official figures</source>
        <translation>Официальные данные</translation>
    </message>
    <message>
        <source>Entry: %1 precincts; %2 entered, %3 verified, %4 with control relation errors, %5 not entered yet. Differing from the official figures: %6 (on doubtful copies: %7).</source>
        <translation>Ввод: участков %1; введено %2, подтверждено %3, с ошибками контрольных соотношений %4, ещё не введено %5. Расходятся с официальными данными: %6 (по сомнительным копиям: %7).</translation>
    </message>
    <message>
        <source>Each party&apos;s share: observer copies (solid) over official figures (pale).</source>
        <translation>Доля каждой партии: копии наблюдателей (сплошная) на фоне официальных данных (бледная).</translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s). Choose one to see its protocols:</source>
        <translation>
            <numerusform>%n участок. Выберите его, чтобы увидеть протоколы:</numerusform>
            <numerusform>%n участка. Выберите один, чтобы увидеть его протоколы:</numerusform>
            <numerusform>%n участков. Выберите один, чтобы увидеть его протоколы:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saylau::PrecinctChoiceDialog</name>
    <message>
        <source>Precinct No. %1</source>
        <translation>Участок № %1</translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s) have No. %1. Choose the one you mean:</source>
        <translation>
            <numerusform>№ %1 есть у %n участка. Выберите нужный:</numerusform>
            <numerusform>№ %1 есть у %n участков. Выберите нужный:</numerusform>
            <numerusform>№ %1 есть у %n участков. Выберите нужный:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saylau::PrecinctComparisonDialog</name>
    <message>
        <source>Save discrepancy sheet (PDF)…</source>
        <translation>Сохранить лист расхождений (PDF)…</translation>
    </message>
    <message>
        <source>resting on a doubtful copy</source>
        <translation>на основе сомнительной копии</translation>
    </message>
    <message>
        <source>official total against the copies of %1 of %2 precincts</source>
        <translation>официальный итог против копий %1 из %2 участков</translation>
    </message>
    <message>
        <source>Discrepancy sheet</source>
        <translation>Лист расхождений</translation>
    </message>
    <message>
        <source>Save discrepancy sheet</source>
        <translation>Сохранить лист расхождений</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>saylau::PrecinctComparisonModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Observer copy</source>
        <translation>Копия наблюдателя</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
</context>
<context>
    <name>saylau::ProtocolFiguresModel</name>
    <message>
        <source>The sources differ on this line</source>
        <translation>Источники расходятся в этой строке</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <source>Observer copy</source>
        <translation>Копия наблюдателя</translation>
    </message>
    <message>
        <source>Observer copy %1</source>
        <translation>Копия наблюдателя %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>As printed on the form</source>
        <translation>Как напечатано в форме</translation>
    </message>
    <message>
        <source>Observer: %1</source>
        <translation>Наблюдатель: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Получено: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2; the difference: %3</source>
        <translation>%1: %2; разница: %3</translation>
    </message>
</context>
<context>
    <name>saylau::ProtocolView</name>
    <message>
        <source>Choose a precinct in the navigator</source>
        <translation>Выберите участок в навигаторе</translation>
    </message>
    <message>
        <source>No protocol of this contest has been entered or imported for this territory.</source>
        <translation>Для этой территории не введено и не импортировано ни одного протокола этих выборов.</translation>
    </message>
    <message>
        <source>All control relations that could be checked hold.</source>
        <translation>Все контрольные соотношения, которые удалось проверить, выполняются.</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation check(s) fail.</source>
        <translation>
            <numerusform>Не выполняется %n контрольное соотношение.</numerusform>
            <numerusform>Не выполняются %n контрольных соотношения.</numerusform>
            <numerusform>Не выполняются %n контрольных соотношений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sources differ on %n line(s), marked in the table.</source>
        <translation>
            <numerusform>Источники расходятся в %n строке, отмеченной в таблице.</numerusform>
            <numerusform>Источники расходятся в %n строках, отмеченных в таблице.</numerusform>
            <numerusform>Источники расходятся в %n строках, отмеченных в таблице.</numerusform>
        </translation>
    </message>
    <message>
        <source>Control relations of the form</source>
        <translation>Контрольные соотношения формы</translation>
    </message>
    <message>
        <source>No campaign is open: create one with File &gt; New or open one with File &gt; Open</source>
        <translation>Кампания не открыта: создайте её через Файл &gt; Создать или откройте через Файл &gt; Открыть</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) from the control relations.</source>
        <translation>
            <numerusform>%n предупреждение по контрольным соотношениям.</numerusform>
            <numerusform>%n предупреждения по контрольным соотношениям.</numerusform>
            <numerusform>%n предупреждений по контрольным соотношениям.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>saylau::ReceiveSummaryDialog</name>
    <message>
        <source>Packages Received</source>
        <translation>Полученные пакеты</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n protocol(s) were changed differently in two places: both versions are kept and the precincts are marked in the navigator (Protocols → Resolve Conflicts…).</source>
        <translation>
            <numerusform>Слияние выполнено. %n протокол изменён по-разному в двух местах: обе версии сохранены, а участки отмечены в навигаторе (Протоколы → Разрешить конфликты…).</numerusform>
            <numerusform>Слияние выполнено. %n протокола изменены по-разному в двух местах: обе версии сохранены, а участки отмечены в навигаторе (Протоколы → Разрешить конфликты…).</numerusform>
            <numerusform>Слияние выполнено. %n протоколов изменены по-разному в двух местах: обе версии сохранены, а участки отмечены в навигаторе (Протоколы → Разрешить конфликты…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged, without conflicts.</source>
        <translation>Слияние выполнено, конфликтов нет.</translation>
    </message>
    <message>
        <source>Set aside (outside what the office may change), not merged:</source>
        <translation>Отложено (вне того, что офис может изменять), не слито:</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1: удаление %2</translation>
    </message>
    <message>
        <source>Kept, though deleted elsewhere: protocols, photos or drafts lie there (listed by `saylau conflicts`):</source>
        <translation>Сохранено, хотя удалено в другом месте: там есть протоколы, фото или черновики (список выводит `saylau conflicts`):</translation>
    </message>
</context>
<context>
    <name>saylau::RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
</context>
<context>
    <name>saylau::RegionChoiceDialog</name>
    <message>
        <source>Region of the File</source>
        <translation>Регион файла</translation>
    </message>
    <message>
        <source>No column of %1 gives the region, and the campaign has regions.
Which region are the file&apos;s TIKs and precincts in?</source>
        <translation>Ни один столбец файла %1 не даёт регион, а в кампании есть регионы.
В каком регионе ТИК и участки этого файла?</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>Выберите регион</translation>
    </message>
</context>
<context>
    <name>saylau::RelationCheckModel</name>
    <message>
        <source>✗ %1 %2 %3, difference %4</source>
        <translation>✗ %1 %2 %3, разница %4</translation>
    </message>
    <message>
        <source>— not checked: a line is empty</source>
        <translation>— не проверено: есть пустая строка</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>Control relation</source>
        <translation>Контрольное соотношение</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Значимость</translation>
    </message>
    <message>
        <source>Σ parties</source>
        <translation>Σ партий</translation>
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
    <name>saylau::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>No backups of this campaign yet in %1.</source>
        <translation>В %1 пока нет резервных копий этой кампании.</translation>
    </message>
    <message>
        <source>Backups of this campaign in %1, newest first. A backup is restored into a new file; the open campaign is not changed.</source>
        <translation>Резервные копии этой кампании в %1, сначала новые. Копия восстанавливается в новый файл; открытая кампания не изменяется.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Протоколов</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>Restore Into a New File</source>
        <translation>Восстановить в новый файл</translation>
    </message>
    <message>
        <source>%1 is the open campaign. A backup is restored into a new file only.</source>
        <translation>%1 — открытая сейчас кампания. Резервная копия восстанавливается только в новый файл.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is restored into a new file only: choose another name.</source>
        <translation>%1 уже существует. Резервная копия восстанавливается только в новый файл: выберите другое имя.</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup taken %1 (%n protocol(s)) into %2 and open it? The open campaign is left as it is.</source>
        <translation>
            <numerusform>Восстановить резервную копию от %1 (%n протокол) в %2 и открыть этот файл? Открытая кампания останется без изменений.</numerusform>
            <numerusform>Восстановить резервную копию от %1 (%n протокола) в %2 и открыть этот файл? Открытая кампания останется без изменений.</numerusform>
            <numerusform>Восстановить резервную копию от %1 (%n протоколов) в %2 и открыть этот файл? Открытая кампания останется без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those marked &quot;earlier&quot; were kept by an earlier version in a folder shared by every campaign file of this name; only those of this campaign&apos;s election are listed.</source>
        <translation>Копии с пометкой «старая версия» сохранены предыдущей версией программы в папке, общей для всех файлов кампаний с таким именем; показаны только копии выборов этой кампании.</translation>
    </message>
    <message>
        <source>Open Backup File… restores any other backup, such as one `saylau backup` wrote.</source>
        <translation>Кнопка «Открыть файл резервной копии…» восстанавливает любую другую резервную копию, например созданную командой `saylau backup`.</translation>
    </message>
    <message>
        <source>%1 (earlier)</source>
        <translation>%1 (старая версия)</translation>
    </message>
    <message>
        <source>Open Backup &amp;File…</source>
        <translation>Открыть &amp;файл резервной копии…</translation>
    </message>
    <message>
        <source>Open Backup File</source>
        <translation>Открыть файл резервной копии</translation>
    </message>
    <message>
        <source>SaylauDesk backups and campaigns (*.db *.saylau);;All files (*)</source>
        <translation>Резервные копии и кампании SaylauDesk (*.db *.saylau);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1-restored-%2.saylau</source>
        <translation>%1-восстановлено-%2.saylau</translation>
    </message>
    <message>
        <source>SaylauDesk campaigns (*.saylau *.db)</source>
        <translation>Кампании SaylauDesk (*.saylau *.db)</translation>
    </message>
</context>
<context>
    <name>saylau::SampleDialog</name>
    <message>
        <source>Size for this margin</source>
        <translation>Объём для этой погрешности</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Отобрать</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>&amp;Сохранить список…</translation>
    </message>
    <message>
        <source>Sample of Precincts</source>
        <translation>Выборка участков</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Без страт</translation>
    </message>
    <message>
        <source>Proportional to voters</source>
        <translation>Пропорционально избирателям</translation>
    </message>
    <message>
        <source>Equal per stratum</source>
        <translation>Поровну на страту</translation>
    </message>
    <message>
        <source> points</source>
        <translation> п. п.</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>Выборы:</translation>
    </message>
    <message>
        <source>Strata:</source>
        <translation>Страты:</translation>
    </message>
    <message>
        <source>Stratum sizes:</source>
        <translation>Объёмы страт:</translation>
    </message>
    <message>
        <source>Margin of error (95%):</source>
        <translation>Погрешность (95%):</translation>
    </message>
    <message>
        <source>Precincts to draw:</source>
        <translation>Отобрать участков:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
    <message numerus="yes">
        <source>This contest has a sample of %n precinct(s), seed %1, drawn %2: the same seed draws it again, another replaces it.</source>
        <translation>
            <numerusform>У этих выборов есть выборка из %n участка (зерно %1, сформирована %2): то же зерно воспроизведёт её, другое — заменит.</numerusform>
            <numerusform>У этих выборов есть выборка из %n участков (зерно %1, сформирована %2): то же зерно воспроизведёт её, другое — заменит.</numerusform>
            <numerusform>У этих выборов есть выборка из %n участков (зерно %1, сформирована %2): то же зерно воспроизведёт её, другое — заменит.</numerusform>
        </translation>
    </message>
    <message>
        <source>This contest has no sample yet.</source>
        <translation>У этих выборов пока нет выборки.</translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s) give ±%1 points.</source>
        <translation>
            <numerusform>%n участок даёт ±%1 п. п.</numerusform>
            <numerusform>%n участка дают ±%1 п. п.</numerusform>
            <numerusform>%n участков дают ±%1 п. п.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Even all %n precinct(s) give only ±%1 points.</source>
        <translation>
            <numerusform>Даже выборка из всех %n участка даёт лишь ±%1 п. п.</numerusform>
            <numerusform>Даже выборка из всех %n участков даёт лишь ±%1 п. п.</numerusform>
            <numerusform>Даже выборка из всех %n участков даёт лишь ±%1 п. п.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Deployment List</source>
        <translation>Сохранить список расстановки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>saylau::SampleListModel</name>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ТИК</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Избирателей</translation>
    </message>
</context>
<context>
    <name>saylau::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>Использовать TLS, если сервер его предлагает</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Требовать TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation>Требовать TLS и проверять сертификат сервера</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Без TLS</translation>
    </message>
    <message>
        <source>&amp;Host or socket folder:</source>
        <translation>&amp;Хост или папка сокета:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>No password is asked or kept here: the server finds it in your ~/.pgpass, or knows you by your login (peer) or your certificate.</source>
        <translation>Пароль здесь не запрашивается и не хранится: сервер берёт его из вашего ~/.pgpass или узнаёт вас по логину (peer) либо по сертификату.</translation>
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
    <name>saylau::TerritoryEditActions</name>
    <message>
        <source>New &amp;Precinct…</source>
        <translation>Новый &amp;участок…</translation>
    </message>
    <message>
        <source>New &amp;District…</source>
        <translation>Новая &amp;ТИК…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>Пере&amp;местить в…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and the %n precinct(s) in it?</source>
        <translation>
            <numerusform>Удалить %1 вместе с %n участком?</numerusform>
            <numerusform>Удалить %1 вместе с %n участками?</numerusform>
            <numerusform>Удалить %1 вместе с %n участками?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
</context>
<context>
    <name>saylau::TerritoryEditDialog</name>
    <message>
        <source>This territory is no longer in the campaign.</source>
        <translation>Этой территории больше нет в кампании.</translation>
    </message>
    <message>
        <source>&amp;Region (type its first letters):</source>
        <translation>&amp;Регион (введите первые буквы):</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Code (optional):</source>
        <translation>&amp;Код (необязательно):</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>&amp;Address (optional):</source>
        <translation>&amp;Адрес (необязательно):</translation>
    </message>
    <message>
        <source>New Precinct</source>
        <translation>Новый участок</translation>
    </message>
    <message>
        <source>New District</source>
        <translation>Новая ТИК</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Переименовать %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Переместить %1</translation>
    </message>
    <message>
        <source>Choose where %1 belongs.</source>
        <translation>Выберите новое место для %1.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Переместить</translation>
    </message>
    <message>
        <source>There is no precinct No. %1 in this campaign yet. Choose its district and press Enter to create it.</source>
        <translation>В этой кампании пока нет участка № %1. Выберите его ТИК и нажмите Enter, чтобы создать участок.</translation>
    </message>
    <message>
        <source>&amp;Region or district (type the first letters; arrows open a region):</source>
        <translation>&amp;Регион или ТИК (введите первые буквы; стрелки раскрывают регион):</translation>
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
        <source>differs from official, on a doubtful copy</source>
        <translation>расходится с официальным, по сомнительной копии</translation>
    </message>
    <message>
        <source>differs from official</source>
        <translation>расходится с официальным</translation>
    </message>
    <message>
        <source>control relation error</source>
        <translation>ошибка контрольных соотношений</translation>
    </message>
    <message>
        <source>Votes the territorial commission counted itself (remote electronic voting, postal votes, voters abroad): not a precinct</source>
        <translation>Голоса, подсчитанные самой территориальной комиссией (дистанционное электронное голосование, голосование по почте, избиратели за рубежом): это не участок</translation>
    </message>
    <message>
        <source>Changed differently in two places: both versions are kept until someone chooses (Protocols → Resolve Conflicts…)</source>
        <translation>Изменён по-разному в двух местах: обе версии сохранены, пока кто-нибудь не выберет (Протоколы → Разрешить конфликты…)</translation>
    </message>
</context>
</TS>
