<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AttachmentStore</name>
    <message>
        <source>%1 is empty; nothing was attached</source>
        <translation>%1 бос; ештеңе тіркелмеді</translation>
    </message>
    <message>
        <source>attaching %1</source>
        <translation>%1 тіркеу</translation>
    </message>
    <message>
        <source>attaching %1 returned no id</source>
        <translation>%1 тіркеу кезінде id қайтарылмады</translation>
    </message>
    <message>
        <source>listing attachments</source>
        <translation>тіркемелер тізімін алу</translation>
    </message>
    <message>
        <source>reading the attachment</source>
        <translation>тіркемені оқу</translation>
    </message>
    <message>
        <source>there is no attachment %1</source>
        <translation>%1 тіркеме жоқ</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy a campaign into a folder as a checked backup, even while it is being written</source>
        <translation>Науқанды қалтаға тексерілген сақтық көшірме ретінде көшіру (оған жазылып жатқан кезде де)</translation>
    </message>
    <message>
        <source>Keep only the newest N backups of this campaign there (default: all).</source>
        <translation>Онда осы науқанның тек ең жаңа N сақтық көшірмесін қалдыру (әдепкі бойынша: барлығын).</translation>
    </message>
    <message>
        <source>--keep takes a number of backups</source>
        <translation>--keep сақтық көшірмелер санын қабылдайды</translation>
    </message>
    <message>
        <source>The folder to write the backup of a campaign file into.</source>
        <translation>Науқан файлының сақтық көшірмесі жазылатын қалта.</translation>
    </message>
    <message>
        <source>For a campaign on a server: the file to write pg_dump&apos;s dump of its database into (restore it with pg_restore).</source>
        <translation>Сервердегі науқан үшін: оның дерекқорының pg_dump жасаған дампы жазылатын файл (pg_restore арқылы қалпына келтіріледі).</translation>
    </message>
    <message>
        <source>a campaign on a server is backed up with --out FILE (a pg_dump file), not --to or --keep</source>
        <translation>сервердегі науқанның сақтық көшірмесі --to немесе --keep арқылы емес, --out FILE (pg_dump файлы) арқылы жасалады</translation>
    </message>
    <message>
        <source>--to DIR is required (--out FILE is for a campaign on a server)</source>
        <translation>--to DIR міндетті (--out FILE сервердегі науқанға арналған)</translation>
    </message>
    <message>
        <source>--out is for a campaign on a server; a campaign file is backed up with --to DIR</source>
        <translation>--out сервердегі науқанға арналған; науқан файлының сақтық көшірмесі --to DIR арқылы жасалады</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>%1 is not a folder SaylauDesk can write backups into</source>
        <translation>%1 — SaylauDesk сақтық көшірмелерді жаза алатын қалта емес</translation>
    </message>
</context>
<context>
    <name>BenchAnalysisCommand</name>
    <message>
        <source>importing %1 as official figures...</source>
        <translation>%1 ресми деректер ретінде импортталуда...</translation>
    </message>
    <message>
        <source>%1 observer copies generated, %2 of them differing</source>
        <translation>%1 бақылаушы көшірмесі генерацияланды, оның %2 өзгеше</translation>
    </message>
    <message>
        <source>every line summed per region</source>
        <translation>әр жол өңірлер бойынша қосылады</translation>
    </message>
    <message>
        <source>violations counted per control relation</source>
        <translation>бұзушылықтар әр бақылау арақатынасы бойынша саналады</translation>
    </message>
    <message>
        <source>observer copies joined to official figures, differences per line</source>
        <translation>бақылаушы көшірмелері ресми деректермен біріктірілген, айырмашылықтар жолдар бойынша</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>wall %1 s, CPU %2 s, peak memory %3 MB</source>
        <translation>нақты уақыт %1 с, CPU %2 с, жадының шыңы %3 МБ</translation>
    </message>
    <message>
        <source>  whole process, median of the runs; load average %1</source>
        <translation>  бүкіл процесс, іске қосулар медианасы; орташа жүктеме %1</translation>
    </message>
    <message>
        <source>  sqlite3 shell (%1):  %2</source>
        <translation>  sqlite3 қабықшасы (%1):  %2</translation>
    </message>
    <message>
        <source>    query: %1</source>
        <translation>    сұраныс: %1</translation>
    </message>
    <message>
        <source>  saylau %1:  %2</source>
        <translation>  saylau %1:  %2</translation>
    </message>
    <message>
        <source>  ratio saylau / sqlite3:  wall %1, CPU %2</source>
        <translation>  saylau / sqlite3 қатынасы:  нақты уақыт %1, CPU %2</translation>
    </message>
    <message>
        <source>Time saylau %1, whole process, against the sqlite3 shell&apos;s equivalent query</source>
        <translation>saylau %1 уақытын (бүкіл процесс) sqlite3 қабықшасындағы баламалы сұраныспен салыстыру</translation>
    </message>
    <message>
        <source>A campaign, or a results file to make one from.</source>
        <translation>Науқан немесе оны жасауға арналған нәтижелер файлы.</translation>
    </message>
    <message>
        <source>Contest to analyse (may be left out when the file has one).</source>
        <translation>Талданатын сайлау (файлда біреу ғана болса, көрсетпеуге болады).</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Әрқайсысының іске қосылу саны; медианасы көрсетіледі.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The sqlite3 shell to compare with.</source>
        <translation>Салыстыруға арналған sqlite3 қабықшасы.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>жол</translation>
    </message>
    <message>
        <source>For a results file: the campaign preset to import it into.</source>
        <translation>Нәтижелер файлы үшін: оны импорттайтын науқан үлгісі.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>For a results file: also time a generated file of this many precincts.</source>
        <translation>Нәтижелер файлы үшін: осынша учаскесі бар генерацияланған файлды да өлшеу.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>жолдар</translation>
    </message>
    <message>
        <source>The chart drawn.</source>
        <translation>Салынатын диаграмма.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>--runs must be 1 or more</source>
        <translation>--runs 1 немесе одан көп болуы керек</translation>
    </message>
    <message>
        <source>--scale needs a results file (DATA.csv) to generate from</source>
        <translation>--scale үшін генерациялауға арналған нәтижелер файлы (DATA.csv) қажет</translation>
    </message>
    <message>
        <source>--scale must be 1 or more precincts</source>
        <translation>--scale 1 немесе одан көп учаске болуы керек</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>уақытша қалта жасау мүмкін емес: %1</translation>
    </message>
    <message numerus="yes">
        <source>timing saylau %1 on %2 (%n run(s) each)...</source>
        <translation>
            <numerusform>saylau %1 өлшенуде, %2 бойынша (әрқайсысы %n рет)...</numerusform>
            <numerusform>saylau %1 өлшенуде, %2 бойынша (әрқайсысы %n рет)...</numerusform>
        </translation>
    </message>
    <message>
        <source>saylau %1 on %2: %3 protocols</source>
        <translation>saylau %1, %2 бойынша: %3 хаттама</translation>
    </message>
    <message>
        <source>generating %1 precincts...</source>
        <translation>%1 учаске генерациялануда...</translation>
    </message>
    <message>
        <source>timing the generated campaign...</source>
        <translation>генерацияланған науқан өлшенуде...</translation>
    </message>
    <message>
        <source>saylau %1 on a generated campaign: %2 protocols</source>
        <translation>генерацияланған науқандағы saylau %1: %2 хаттама</translation>
    </message>
    <message>
        <source>  growth: %1x the protocols took %2x the wall time, %3x the CPU time and %4x the memory</source>
        <translation>  өсу: хаттамалар %1 есе көбейгенде нақты уақыт %2 есе, CPU уақыты %3 есе, жад %4 есе өсті</translation>
    </message>
    <message>
        <source>bench %1 times saylau against the sqlite3 shell on the same file, so it needs a campaign file or a results file; copy a server campaign to a file first (saylau copy %2 FILE.db)</source>
        <translation>bench %1 saylau-ды сол файлдағы sqlite3 қабықшасымен салыстырады, сондықтан науқан файлы немесе нәтижелер файлы керек; алдымен сервердегі науқанды файлға көшіріңіз (saylau copy %2 FILE.db)</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>the benchmarks are %1</source>
        <translation>өнімділік сынақтары: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 және %2</translation>
    </message>
    <message>
        <source>Time a command against a reference (bench import DATA.csv | bench report|check|chart|diff FILE.db|DATA.csv | bench forensics FILE.db | bench merge)</source>
        <translation>Команда уақытын эталонмен салыстыру (bench import DATA.csv | bench report|check|chart|diff FILE.db|DATA.csv | bench forensics FILE.db | bench merge)</translation>
    </message>
</context>
<context>
    <name>BenchForensicsCommand</name>
    <message>
        <source>Time saylau forensics against the same Monte Carlo in numpy and against saylau report</source>
        <translation>saylau forensics жұмысын numpy-дегі дәл сондай Монте-Карломен және saylau report-пен салыстыра отырып өлшеу</translation>
    </message>
    <message>
        <source>official or observer.</source>
        <translation>official немесе observer.</translation>
    </message>
    <message>
        <source>Monte Carlo draws.</source>
        <translation>Монте-Карло сынақтарының саны.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Әрқайсысының іске қосылу саны; медианасы көрсетіледі.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message numerus="yes">
        <source>timing saylau forensics, %n draw(s)...</source>
        <translation>
            <numerusform>saylau forensics өлшенуде, %n сынақ...</numerusform>
            <numerusform>saylau forensics өлшенуде, %n сынақ...</numerusform>
        </translation>
    </message>
    <message>
        <source>Forensics of %1, contest %2: %3 precincts tested, %4 Monte Carlo draws</source>
        <translation>Статистикалық талдау: %1, %2 сайлауы: %3 учаске тексерілді, %4 Монте-Карло сынағы</translation>
    </message>
    <message>
        <source>  numpy: not available (python3 with numpy; Debian: python3-numpy), ratio skipped</source>
        <translation>  numpy: қолжетімсіз (numpy бар python3 қажет; Debian: python3-numpy), қатынас есептелмеді</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>уақытша қалта жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>timing the same Monte Carlo in numpy...</source>
        <translation>numpy-дегі дәл сондай Монте-Карло өлшенуде...</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>--draws must be 2 or more</source>
        <translation>--draws 2 немесе одан көп болуы керек</translation>
    </message>
    <message>
        <source>--runs must be 1 or more</source>
        <translation>--runs 1 немесе одан көп болуы керек</translation>
    </message>
    <message>
        <source>  saylau, in-process (read, Monte Carlo, excess votes):    %1 s</source>
        <translation>  saylau, бір процесте (оқу, Монте-Карло, артық дауыстар):  %1 с</translation>
    </message>
    <message>
        <source>  saylau, Monte Carlo alone:                               %1 s (expected integer turnouts %2 ± %3)</source>
        <translation>  saylau, тек Монте-Карло:                                %1 с (күтілетін бүтін қатысу саны %2 ± %3)</translation>
    </message>
    <message>
        <source>  numpy, the same Monte Carlo:                             %1 s (expected integer turnouts %2 ± %3)</source>
        <translation>  numpy, сол Монте-Карло:                                 %1 с (күтілетін бүтін қатысу саны %2 ± %3)</translation>
    </message>
    <message>
        <source>  ratio saylau / numpy (Monte Carlo):                      %1</source>
        <translation>  saylau / numpy қатынасы (Монте-Карло):                  %1</translation>
    </message>
    <message>
        <source>timing saylau forensics and saylau report as processes...</source>
        <translation>saylau forensics пен saylau report бөлек процестер ретінде өлшенуде...</translation>
    </message>
    <message>
        <source>wall %1 s, CPU %2 s, peak memory %3 MB</source>
        <translation>нақты уақыт %1 с, CPU %2 с, жадының шыңы %3 МБ</translation>
    </message>
    <message>
        <source>  saylau forensics, whole process:                         %1</source>
        <translation>  saylau forensics, бүкіл процесс:                        %1</translation>
    </message>
    <message>
        <source>  saylau report --by region --format csv, whole process:   %1</source>
        <translation>  saylau report --by region --format csv, бүкіл процесс:  %1</translation>
    </message>
    <message>
        <source>  ratio forensics / report, whole processes:               wall %1, CPU %2</source>
        <translation>  forensics / report қатынасы, бүкіл процестер:           нақты уақыт %1, CPU %2</translation>
    </message>
</context>
<context>
    <name>BenchImportCommand</name>
    <message>
        <source>Time saylau import against the sqlite3 shell&apos;s raw .import of the same file</source>
        <translation>saylau import уақытын sqlite3 қабықшасындағы сол файлдың қарапайым .import уақытымен салыстыру</translation>
    </message>
    <message>
        <source>The results file to import.</source>
        <translation>Импортталатын нәтижелер файлы.</translation>
    </message>
    <message>
        <source>Campaign preset to import into.</source>
        <translation>Импорт жасалатын науқан үлгісі.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Әрқайсысының іске қосылу саны; медианасы көрсетіледі.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also time a generated file of this many precincts (e.g. 1000000).</source>
        <translation>Осынша учаскеден тұратын генерацияланған файлды да өлшеу (мысалы, 1000000).</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>жолдар</translation>
    </message>
    <message>
        <source>The sqlite3 shell to compare with.</source>
        <translation>Салыстыруға арналған sqlite3 қабықшасы.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>жол</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>уақытша қалта жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>  sqlite3 .import (raw, untyped):  %1 s</source>
        <translation>  sqlite3 .import (өңделмеген, типсіз):  %1 с</translation>
    </message>
    <message>
        <source>  saylau import (full, %1 rows):  %2 s</source>
        <translation>  saylau import (толық, %1 жол):  %2 с</translation>
    </message>
    <message>
        <source>  ratio saylau / sqlite3:          %1</source>
        <translation>  қатынас saylau / sqlite3:          %1</translation>
    </message>
    <message>
        <source>  CPU time (user + system):        sqlite3 %1 s, saylau %2 s (ratio %3)</source>
        <translation>  CPU уақыты (user + system):        sqlite3 %1 с, saylau %2 с (қатынасы %3)</translation>
    </message>
    <message numerus="yes">
        <source>timing %1 (%n run(s) each)...</source>
        <translation>
            <numerusform>%1 өлшенуде (әрқайсысы %n рет)...</numerusform>
            <numerusform>%1 өлшенуде (әрқайсысы %n рет)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>%1 импорты</translation>
    </message>
    <message>
        <source>  peak memory (RSS) of saylau:     %1 MB</source>
        <translation>  saylau жадының шыңы (RSS):     %1 МБ</translation>
    </message>
    <message>
        <source>generating %1 precincts...</source>
        <translation>%1 учаске генерациялануда...</translation>
    </message>
    <message>
        <source>timing the generated file...</source>
        <translation>генерацияланған файл өлшенуде...</translation>
    </message>
    <message>
        <source>Scaling: generated file of %1 precincts</source>
        <translation>Масштабтау: %1 учаскеден тұратын генерацияланған файл</translation>
    </message>
    <message>
        <source>  growth: %1x the rows took %2x the time (linear: %3x)</source>
        <translation>  өсу: жолдар %1 есе көбейгенде уақыт %2 есе өсті (сызықтық: %3x)</translation>
    </message>
    <message>
        <source>--runs must be 1 or more</source>
        <translation>--runs 1 немесе одан көп болуы керек</translation>
    </message>
    <message>
        <source>--scale must be 1 or more precincts</source>
        <translation>--scale 1 немесе одан көп учаске болуы керек</translation>
    </message>
    <message>
        <source>  whole process, median of the runs</source>
        <translation>  бүкіл процесс, іске қосулар медианасы</translation>
    </message>
    <message>
        <source>  peak memory (RSS) of saylau:     %1 MB (growth %2x)</source>
        <translation>  saylau жадының шыңы (RSS):     %1 МБ (өсу %2x)</translation>
    </message>
    <message>
        <source>Import into a campaign on this PostgreSQL server instead, against psql&apos;s \copy of the file (a postgresql:// address whose user may create databases).</source>
        <translation>Оның орнына осы PostgreSQL серверіндегі науқанға импорттау және файлдың psql \copy көшірмесімен салыстыру (пайдаланушысы дерекқор жасай алатын postgresql:// мекенжайы).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
</context>
<context>
    <name>BenchMergeCommand</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>Time packing and merging offices&apos; packages against copying the same bytes</source>
        <translation>Кеңселер пакеттерін буып-түю мен біріктіру уақытын сол байттарды көшіру уақытымен салыстыру</translation>
    </message>
    <message>
        <source>Offices (default 20).</source>
        <translation>Кеңселер саны (әдепкі: 20).</translation>
    </message>
    <message>
        <source>Protocols per office, one photo each (default 25).</source>
        <translation>Әр кеңседегі хаттамалар саны, әрқайсысына бір фото (әдепкі: 25).</translation>
    </message>
    <message>
        <source>Size of each photo in MB (default 2).</source>
        <translation>Әр фотоның МБ-пен өлшемі (әдепкі: 2).</translation>
    </message>
    <message>
        <source>The issue&apos;s full size: 1,000 protocols per office (40 GB of photos).</source>
        <translation>Тапсырмадағы толық көлем: әр кеңсеге 1 000 хаттама (40 ГБ фото).</translation>
    </message>
    <message>
        <source>Where to generate the files (default: a temporary folder).</source>
        <translation>Файлдарды қай жерде жасау керек (әдепкі: уақытша қалта).</translation>
    </message>
    <message>
        <source>the reference needs the sqlite3 shell and cp (Debian: sqlite3, coreutils)</source>
        <translation>эталон үшін sqlite3 қабықшасы және cp қажет (Debian: sqlite3, coreutils)</translation>
    </message>
    <message>
        <source>cannot make a working folder: %1</source>
        <translation>жұмыс қалтасын жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Generating headquarters and %1 offices, %2 protocols each with a %3 MB photo…</source>
        <translation>Штаб пен %1 кеңсе жасалуда, әрқайсысында %2 хаттама, әрқайсысына %3 МБ фото…</translation>
    </message>
    <message>
        <source>%1 offices × %2 protocols, %3 GB of packages</source>
        <translation>%1 кеңсе × %2 хаттама, %3 ГБ пакет</translation>
    </message>
    <message>
        <source>pack (all offices):  %1 s  = %2 s per 1,000 protocols, %3 s per GB</source>
        <translation>буып-түю (барлық кеңселер):  %1 с  = 1 000 хаттамаға %2 с, ГБ-қа %3 с</translation>
    </message>
    <message>
        <source>merge at headquarters: %1 s  = %2 s per 1,000 protocols, %3 s per GB; peak memory %4 MB</source>
        <translation>штабта біріктіру: %1 с  = 1 000 хаттамаға %2 с, ГБ-қа %3 с; жадының шыңы %4 МБ</translation>
    </message>
    <message>
        <source>reference cp:          %1 s  (merge / cp = %2)</source>
        <translation>эталон cp:          %1 с  (біріктіру / cp = %2)</translation>
    </message>
    <message>
        <source>reference cp + sync:   %1 s  (merge / (cp + sync) = %2)</source>
        <translation>эталон cp + sync:   %1 с  (біріктіру / (cp + sync) = %2)</translation>
    </message>
    <message>
        <source>reference .backup:     %1 s  (merge / .backup = %2)</source>
        <translation>эталон .backup:     %1 с  (біріктіру / .backup = %2)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>қалта</translation>
    </message>
    <message>
        <source>--offices, --protocols and --photo-mb take positive numbers</source>
        <translation>--offices, --protocols және --photo-mb оң сандарды қабылдайды</translation>
    </message>
</context>
<context>
    <name>BulkProtocolWriter</name>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>импортты дайындау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>reading the territory failed: %1</source>
        <translation>аумақты оқу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>adding territory</source>
        <translation>аумақ қосу</translation>
    </message>
    <message>
        <source>saving protocols</source>
        <translation>хаттамаларды сақтау</translation>
    </message>
    <message>
        <source>reading the protocols being replaced</source>
        <translation>алмастырылатын хаттамаларды оқу</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>импортқа нөмір беру</translation>
    </message>
</context>
<context>
    <name>CampaignCommand</name>
    <message>
        <source>The campaign file.</source>
        <translation>Науқан файлы.</translation>
    </message>
</context>
<context>
    <name>CampaignCopy</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>copying %1 failed: %2</source>
        <translation>%1 көшіру сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>%1 санау</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 оқу</translation>
    </message>
    <message>
        <source>%1 holds a table this version cannot copy (%2); nothing was copied</source>
        <translation>%1 ішінде осы нұсқа көшіре алмайтын кесте бар (%2); ештеңе көшірілмеді</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>%1 нөмірлеу</translation>
    </message>
    <message>
        <source>the copy in %1 does not match: %2 has %3 rows there, %4 in %5</source>
        <translation>%1 ішіндегі көшірме сәйкес емес: онда %2 кестесінде %3 жол, ал %5 ішінде %4 жол</translation>
    </message>
    <message>
        <source>the copy in %1 does not match: the checksum over protocols, their history and photos differs (%2 there, %3 in %4)</source>
        <translation>%1 ішіндегі көшірме сәйкес емес: хаттамалардың, олардың тарихы мен фотоларының бақылау сомасы әртүрлі (онда %2, %4 ішінде %3)</translation>
    </message>
</context>
<context>
    <name>CampaignLocation</name>
    <message>
        <source>%1 is not a server address: %2</source>
        <translation>%1 — сервер мекенжайы емес: %2</translation>
    </message>
    <message>
        <source>%1: a password in the address would be kept in plain text (in histories, recent files, titles); put it in ~/.pgpass, or use peer authentication or a client certificate, and give the address without it</source>
        <translation>%1: мекенжайдағы құпиясөз ашық мәтінмен сақталар еді (тарихта, соңғы файлдарда, тақырыптарда); оны ~/.pgpass ішіне салыңыз немесе peer аутентификациясын не клиент сертификатын пайдаланыңыз, ал мекенжайды құпиясөзсіз көрсетіңіз</translation>
    </message>
    <message>
        <source>a server address names one database: postgresql://user@host:port/database</source>
        <translation>сервер мекенжайы бір дерекқорды көрсетеді: postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>unknown TLS mode &quot;%1&quot; (one of: %2)</source>
        <translation>белгісіз TLS режимі «%1» (мыналардың бірі: %2)</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>%1 порты рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <source>%1: the port &quot;%2&quot; is not a number</source>
        <translation>%1: «%2» порты сан емес</translation>
    </message>
    <message>
        <source>%1: two ports, %2 and %3</source>
        <translation>%1: екі порт көрсетілген — %2 және %3</translation>
    </message>
    <message>
        <source>%1: unknown parameter &quot;%2&quot; (known: host, port, sslmode)</source>
        <translation>%1: «%2» параметрі белгісіз (белгілілері: host, port, sslmode)</translation>
    </message>
</context>
<context>
    <name>CampaignQuery</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: қате: %2</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it</source>
        <translation>%1 бұрыннан бар; басқа атау таңдаңыз немесе оны ашыңыз</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 жасау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: мұндай файл жоқ</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: файлды оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 зақымдалған немесе дерекқор емес: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a SaylauDesk campaign</source>
        <translation>%1 — SQLite дерекқоры, бірақ SaylauDesk науқаны емес</translation>
    </message>
    <message>
        <source>%1 was written by a newer SaylauDesk (schema %2; this version reads up to %3). Update SaylauDesk to open it.</source>
        <translation>%1 файлын SaylauDesk-тің жаңарақ нұсқасы жазған (схема %2; бұл нұсқа %3 дейін оқиды). Оны ашу үшін SaylauDesk-ті жаңартыңыз.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2)</source>
        <translation>%1 зақымдалған (тұтастықты тексеру: %2)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>internal error: nested transaction</source>
        <translation>ішкі қате: кірістірілген транзакция</translation>
    </message>
    <message>
        <source>reading the election</source>
        <translation>сайлауды оқу</translation>
    </message>
    <message>
        <source>saving the election</source>
        <translation>сайлауды сақтау</translation>
    </message>
    <message>
        <source>reading contests</source>
        <translation>сайлауларды оқу</translation>
    </message>
    <message>
        <source>reading contest %1</source>
        <translation>%1 сайлауын оқу</translation>
    </message>
    <message>
        <source>%1 has no contest &quot;%2&quot;</source>
        <translation>%1 ішінде &quot;%2&quot; сайлауы жоқ</translation>
    </message>
    <message>
        <source>contest %1: the stored form is damaged: %2</source>
        <translation>%1 сайлауы: сақталған нысан зақымдалған: %2</translation>
    </message>
    <message>
        <source>reading the ballot of %1</source>
        <translation>%1 бюллетенін оқу</translation>
    </message>
    <message>
        <source>adding contest %1</source>
        <translation>%1 сайлауын қосу</translation>
    </message>
    <message>
        <source>replacing the ballot of %1</source>
        <translation>%1 бюллетенін ауыстыру</translation>
    </message>
    <message>
        <source>saving ballot entry %1 of %2</source>
        <translation>%2 бюллетеніндегі %1 жазбасын сақтау</translation>
    </message>
    <message>
        <source>adding %1 %2</source>
        <translation>%1 %2 қосу</translation>
    </message>
    <message>
        <source>adding %1 %2 returned no id</source>
        <translation>%1 %2 қосу кезінде id қайтарылмады</translation>
    </message>
    <message>
        <source>reading the territory</source>
        <translation>аумақты оқу</translation>
    </message>
    <message>
        <source>looking up the territory</source>
        <translation>аумақты іздеу</translation>
    </message>
    <message>
        <source>reading the protocol</source>
        <translation>хаттаманы оқу</translation>
    </message>
    <message>
        <source>reading protocols</source>
        <translation>хаттамаларды оқу</translation>
    </message>
    <message>
        <source>counting protocols</source>
        <translation>хаттамаларды санау</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>импортты тіркеу</translation>
    </message>
    <message>
        <source>recording the import returned no id</source>
        <translation>импортты тіркеу кезінде id қайтарылмады</translation>
    </message>
    <message>
        <source>reading the import history</source>
        <translation>импорт тарихын оқу</translation>
    </message>
    <message>
        <source>saving the column mapping</source>
        <translation>бағандарды сәйкестендіруді сақтау</translation>
    </message>
    <message>
        <source>reading the saved column mapping</source>
        <translation>сақталған бағандар сәйкестендіруін оқу</translation>
    </message>
    <message numerus="yes">
        <source>%1: another program is writing to this campaign (an import or a save) and did not finish within %n second(s); nothing was changed. Try again when it has finished.</source>
        <translation>
            <numerusform>%1: бұл науқанға басқа бағдарлама жазып жатыр (импорт немесе сақтау) және %n секунд ішінде аяқтамады; ештеңе өзгертілмеді. Ол аяқталған соң қайталап көріңіз.</numerusform>
            <numerusform>%1: бұл науқанға басқа бағдарлама жазып жатыр (импорт немесе сақтау) және %n секунд ішінде аяқтамады; ештеңе өзгертілмеді. Ол аяқталған соң қайталап көріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a named pipe or a device); a campaign is a file</source>
        <translation>%1 — кәдімгі файл емес (қалта, атаулы арна немесе құрылғы); науқан файл болуы керек</translation>
    </message>
    <message>
        <source>%1 is read-only and a write to it was cut short; open it once where it can be written, so that the write is undone</source>
        <translation>%1 тек оқуға арналған, ал оған жазу үзіліп қалған; жазу болдырылмауы үшін оны жазуға болатын жерде бір рет ашыңыз</translation>
    </message>
    <message>
        <source>%1 is an unfinished SaylauDesk campaign (its creation was cut short); create it again</source>
        <translation>%1 — аяқталмаған SaylauDesk науқаны (оны жасау үзіліп қалған); оны қайта жасаңыз</translation>
    </message>
    <message>
        <source>%1 carries SaylauDesk&apos;s mark, but its tables are not those of a SaylauDesk campaign at schema %2 (missing: %3); it was not opened and is left as it was</source>
        <translation>%1 файлында SaylauDesk белгісі бар, бірақ оның кестелері %2 схемасындағы SaylauDesk науқанының кестелеріне сәйкес емес (жоқтары: %3); ол ашылмады және өзгеріссіз қалдырылды</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written); it can be read, but nothing can be saved into it</source>
        <translation>%1 тек оқуға арналған (файлға немесе оның қалтасына жазу мүмкін емес); оны оқуға болады, бірақ оған ештеңе сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older SaylauDesk (schema %2); it must be upgraded once where it can be written</source>
        <translation>%1 тек оқуға арналған және оны SaylauDesk-тің ескі нұсқасы жазған (схема %2); оны жазуға болатын жерде бір рет жаңарту керек</translation>
    </message>
    <message>
        <source>opening %1 for reading</source>
        <translation>%1 файлын оқу үшін ашу</translation>
    </message>
    <message>
        <source>setting up %1 (%2)</source>
        <translation>%1 баптау (%2)</translation>
    </message>
    <message>
        <source>starting to write to %1</source>
        <translation>%1 файлына жазуды бастау</translation>
    </message>
    <message>
        <source>saving to %1</source>
        <translation>%1 файлына сақтау</translation>
    </message>
    <message>
        <source>%1, contest %2, %3: %4</source>
        <translation>%1, %2 сайлауы, %3: %4</translation>
    </message>
    <message>
        <source>%1, contest %2, %3 copy %4: %5</source>
        <translation>%1, %2 сайлауы, %3, %4 көшірмесі: %5</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1 ашу мүмкін емес: Qt-тың PostgreSQL драйвері (QPSQL) орнатылмаған (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 серверіне қосылу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 holds no SaylauDesk campaign (create one there with saylau init-server or saylau copy)</source>
        <translation>%1 ішінде SaylauDesk науқаны жоқ (оны сол жерде saylau init-server немесе saylau copy арқылы жасаңыз)</translation>
    </message>
    <message>
        <source>reading the schema version of %1 failed</source>
        <translation>%1 схемасының нұсқасын оқу сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>removing the translations of %1</source>
        <translation>%1 аудармаларын жою</translation>
    </message>
    <message>
        <source>saving the translations of %1</source>
        <translation>%1 аудармаларын сақтау</translation>
    </message>
    <message>
        <source>reading the file&apos;s change counter</source>
        <translation>файлдың өзгеріс санағышын оқу</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an empty database (it holds %n table(s) or view(s), %2 among them); a campaign is created in an empty database of its own</source>
        <translation>
            <numerusform>%1 — бос дерекқор емес (онда %n кесте немесе көрініс бар, солардың ішінде %2); науқан өзіне ғана арналған бос дерекқорда жасалады</numerusform>
            <numerusform>%1 — бос дерекқор емес (онда %n кесте немесе көрініс бар, солардың ішінде %2); науқан өзіне ғана арналған бос дерекқорда жасалады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draw a press chart of a contest to PNG, SVG or PDF</source>
        <translation>Сайлаудың баспасөзге арналған диаграммасын PNG, SVG немесе PDF форматында салу</translation>
    </message>
    <message>
        <source>The contest to draw.</source>
        <translation>Диаграммасы салынатын сайлау.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>Pixels of a PNG (and the proportions of SVG/PDF).</source>
        <translation>PNG пиксельдері (және SVG/PDF пропорциялары).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Жазылатын файл: .png, .svg немесе .pdf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Party shares of all ballots cast (cast) or of valid votes (valid).</source>
        <translation>Партиялардың барлық дауыс беруге қатысқандардағы (cast) немесе жарамды дауыстардағы (valid) үлесі.</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>Leave the spoiled ballots out.</source>
        <translation>Жарамсыз бюллетеньдерді көрсетпеу.</translation>
    </message>
    <message>
        <source>Decimals of the percentages (0-2).</source>
        <translation>Пайыздардың ондық таңбалары (0-2).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Name of the organisation, at the foot of the chart.</source>
        <translation>Диаграмманың төменгі жағында көрсетілетін ұйым атауы.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>Image of the organisation&apos;s logo.</source>
        <translation>Ұйым логотипінің суреті.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 жазылды</translation>
    </message>
    <message>
        <source>A party&apos;s colour (its short name) instead of the ballot&apos;s; repeatable.</source>
        <translation>Бюллетеньдегі түстің орнына партия түсі (қысқа атауы бойынша); қайталауға болады.</translation>
    </message>
    <message>
        <source>party=#rrggbb</source>
        <translation>party=#rrggbb</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Мүмкін мәндер: %1.</translation>
    </message>
    <message>
        <source>The party (short name) regions are sorted by, or whose share the forensic charts show; the leader by default.</source>
        <translation>Өңірлер сұрыпталатын немесе үлесі статистикалық талдау диаграммаларында көрсетілетін партия (қысқа атауы); әдепкі бойынша — көшбасшы.</translation>
    </message>
    <message>
        <source>Bin of turnout-histogram-fine, in percentage points: 0.1, 0.5 or 1.</source>
        <translation>turnout-histogram-fine аралығының ені, пайыздық тармақпен: 0.1, 0.5 немесе 1.</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>п.т.</translation>
    </message>
    <message>
        <source>observer, official or both; by default the sources the contest has.</source>
        <translation>observer, official немесе both; әдепкі бойынша — сайлауда бар дереккөздер.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, each from %1 to %2 pixels, e.g. 1920x1080</source>
        <translation>--size ЕНІxБИІКТІГІ түрінде болуы керек, әрқайсысы %1-ден %2 пиксельге дейін, мысалы 1920x1080</translation>
    </message>
    <message>
        <source>--precision must be 0, 1 or 2</source>
        <translation>--precision 0, 1 немесе 2 болуы керек</translation>
    </message>
    <message>
        <source>--logo %1: %2</source>
        <translation>--logo %1: %2</translation>
    </message>
    <message>
        <source>--color must be PARTY=#rrggbb</source>
        <translation>--color ПАРТИЯ=#rrggbb түрінде болуы керек</translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <source>SYNTHETIC DEMO DATA — not real election results</source>
        <translation>СИНТЕТИКАЛЫҚ ДЕМО ДЕРЕКТЕР — нақты сайлау нәтижелері емес</translation>
    </message>
    <message>
        <source>%1: published total, %2 voters</source>
        <translation>%1: жарияланған жиынтық, %2 сайлаушы</translation>
    </message>
    <message>
        <source>%1, published total</source>
        <translation>%1, жарияланған жиынтық</translation>
    </message>
    <message>
        <source>official figures of the election commissions</source>
        <translation>сайлау комиссияларының ресми деректері</translation>
    </message>
    <message>
        <source>copies of precinct protocols brought by observers</source>
        <translation>бақылаушылар әкелген учаскелік хаттамалардың көшірмелері</translation>
    </message>
    <message>
        <source>Source: %1. Made with SaylauDesk.</source>
        <translation>Дереккөз: %1. SaylauDesk көмегімен жасалды.</translation>
    </message>
    <message>
        <source>Shares of %1.</source>
        <translation>%1 бойынша үлестер.</translation>
    </message>
    <message>
        <source>%1% threshold (of %2)</source>
        <translation>%1% шекті мән (%2 бойынша)</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>жарамды дауыстар</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>дауыс беруге қатысқандар</translation>
    </message>
    <message>
        <source>no party &quot;%1&quot; on the ballot of %2</source>
        <translation>%2 бюллетенінде &quot;%1&quot; партиясы жоқ</translation>
    </message>
    <message>
        <source>Party shares by region, %1</source>
        <translation>Партиялардың өңірлер бойынша үлестері, %1</translation>
    </message>
    <message>
        <source>% of %1</source>
        <translation>%1 ішіндегі %</translation>
    </message>
    <message>
        <source>Regions sorted by the share of %1.</source>
        <translation>Өңірлер %1 үлесі бойынша сұрыпталған.</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Өңірлер бойынша сайлаушылардың қатысуы</translation>
    </message>
    <message>
        <source>%1: turnout from %2 (%3) to %4 (%5); mean of the regions %6.</source>
        <translation>%1: қатысу ең төмен — %2 (%3), ең жоғары — %4 (%5); өңірлердің орташасы %6.</translation>
    </message>
    <message>
        <source>%1, overall: %2</source>
        <translation>%1, жалпы: %2</translation>
    </message>
    <message>
        <source>% of voters on the list who took part</source>
        <translation>Дауыс беруге қатысқан тізімдегі сайлаушылардың %-ы</translation>
    </message>
    <message>
        <source>Party shares</source>
        <translation>Партиялардың үлестері</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Бәріне қарсы</translation>
    </message>
    <message>
        <source>Spoiled ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Spoiled ballots: of all ballots cast.</source>
        <translation>Жарамсыз бюллетеньдер: дауыс беруге қатысқандардың барлығынан.</translation>
    </message>
    <message>
        <source>%1; turnout %2; over the threshold: %3.</source>
        <translation>%1; қатысу %2; шекті мәннен асқандар: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Seats (%1): %2.</source>
        <translation>Мандаттар (%1): %2.</translation>
    </message>
    <message>
        <source>Turnout across precincts</source>
        <translation>Учаскелер бойынша қатысу</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>a chart needs one aggregation per source</source>
        <translation>диаграммаға әр дереккөз үшін бір агрегация қажет</translation>
    </message>
    <message>
        <source>%1: bars are the sums of the precincts of each region; the line is the published total.</source>
        <translation>%1: бағандар — әр өңір учаскелерінің қосындысы; сызық — жарияланған жиынтық.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln precinct(s), %2 voters</source>
        <translation>
            <numerusform>%1: %Ln учаске, %2 сайлаушы</numerusform>
            <numerusform>%1: %Ln учаске, %2 сайлаушы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln precinct(s)</source>
        <translation>
            <numerusform>%1, %Ln учаске</numerusform>
            <numerusform>%1, %Ln учаске</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s) observed</source>
        <translation>
            <numerusform>%Ln учаске бақыланды</numerusform>
            <numerusform>%Ln учаске бақыланды</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown, under the threshold in the whole contest: %1.</source>
        <translation>Бүкіл сайлау бойынша шекті мәннен төмен, көрсетілмеген: %1.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Қатысу, тізімдегі сайлаушылардың %-ы</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln precinct(s)</source>
        <translation>
            <numerusform>%1: %Ln учаске</numerusform>
            <numerusform>%1: %Ln учаске</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: the %1 regions with the lowest and the %2 with the highest %3, of %4.</source>
        <translation>Көрсетілген: %4 өңірдің ішінен %3 ең төмен %1 және ең жоғары %2 өңір.</translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>қатысу</translation>
    </message>
    <message>
        <source>%1 is drawn from per-precinct figures, not from aggregates</source>
        <translation>%1 жиынтықтар бойынша емес, әр учаскенің деректері бойынша салынады</translation>
    </message>
    <message>
        <source>the estimate chart is drawn from a sample&apos;s estimate, not from sums</source>
        <translation>бағалау диаграммасы қосындылар бойынша емес, іріктеме бағалауы бойынша салынады</translation>
    </message>
    <message>
        <source>a chart needs a source</source>
        <translation>диаграммаға дереккөз қажет</translation>
    </message>
    <message>
        <source>The observers&apos; copies of %1 are not a random sample of precincts: there is no margin of error to draw. Draw a sample before election day (Reports → Sample of precincts); &quot;saylau estimate&quot; shows what the copies cover.</source>
        <translation>%1 бойынша бақылаушылар көшірмелері учаскелердің кездейсоқ іріктемесі емес: көрсететін қателік шегі жоқ. Сайлау күніне дейін іріктеме жасаңыз (Есептер → Учаскелер іріктемесі); көшірмелердің нені қамтитынын &quot;saylau estimate&quot; көрсетеді.</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n sampled precinct(s) has reported yet</source>
        <translation>
            <numerusform>іріктемедегі %n учаскенің ешқайсысынан әлі деректер түспеді</numerusform>
            <numerusform>іріктемедегі %n учаскенің ешқайсысынан әлі деректер түспеді</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample estimate and official result</source>
        <translation>Іріктеме бағалауы және ресми нәтиже</translation>
    </message>
    <message numerus="yes">
        <source>random sample of %Ln precinct(s), %1 reported</source>
        <translation>
            <numerusform>%Ln учаскеден тұратын кездейсоқ іріктеме, деректері түскені: %1</numerusform>
            <numerusform>%Ln учаскеден тұратын кездейсоқ іріктеме, деректері түскені: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3–%4)</source>
        <translation>%1: %2 (%3–%4)</translation>
    </message>
    <message>
        <source>%, with the 95% interval</source>
        <translation>%, 95% сенім аралығымен</translation>
    </message>
    <message>
        <source>Estimate from the sample, 95% interval</source>
        <translation>Іріктеме бойынша бағалау, 95% сенім аралығы</translation>
    </message>
    <message>
        <source>Official result</source>
        <translation>Ресми нәтиже</translation>
    </message>
    <message>
        <source>Turnout: of voters on the list. Party shares: of %1.</source>
        <translation>Қатысу: тізімдегі сайлаушылардан. Партиялардың үлестері: %1 ішінен.</translation>
    </message>
    <message>
        <source>Every official figure lies inside its interval.</source>
        <translation>Барлық ресми көрсеткіштер өз сенім аралығының ішінде.</translation>
    </message>
    <message>
        <source>Official figures outside the interval: %1.</source>
        <translation>Сенім аралығынан тыс ресми көрсеткіштер: %1.</translation>
    </message>
    <message>
        <source>Source: copies of precinct protocols brought by observers from a random sample of precincts; official figures of the election commissions. Made with SaylauDesk.</source>
        <translation>Дереккөз: учаскелердің кездейсоқ іріктемесінен бақылаушылар әкелген учаскелік хаттамалардың көшірмелері; сайлау комиссияларының ресми деректері. SaylauDesk көмегімен жасалды.</translation>
    </message>
    <message>
        <source>%1 has no precinct with a turnout in the figures chosen: nothing to draw.</source>
        <translation>%1: таңдалған деректерде қатысуы бар бірде-бір учаске жоқ, салатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 has no figures by region in the figures chosen (a published total is not broken down): nothing to draw.</source>
        <translation>%1: таңдалған деректерде өңірлер бойынша көрсеткіштер жоқ (жарияланған жиынтық өңірлерге бөлінбеген), салатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 has no observers&apos; copies yet: there is nothing to compare with the official figures.</source>
        <translation>%1: әзірге бақылаушылар көшірмелері жоқ, ресми деректермен салыстыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Turnout: %1 of voters on the list, per precinct protocol; bins of %2 percentage points, each from its lower bound up to (not including) its upper one. Totals published only for a whole region or the country are not precincts and are not counted here.</source>
        <translation>Қатысу: әр учаскелік хаттама бойынша %1 санының тізімдегі сайлаушылар санына қатынасы; аралықтар %2 пайыздық тармақтан, әрқайсысы төменгі шегін қосып, жоғарғы шегін қоспай. Тек тұтас өңір немесе ел бойынша жарияланған жиынтықтар учаске емес, сондықтан мұнда есептелмейді.</translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation>%1 үлесі</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: .png, .svg немесе .pdf файлын таңдаңыз</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>List control-relation violations per protocol (exit code 1 when errors exist)</source>
        <translation>Әр хаттама бойынша бақылау арақатынастарының бұзылуын тізімдеу (қателер болса, шығу коды 1)</translation>
    </message>
    <message>
        <source>Check only this contest.</source>
        <translation>Тек осы сайлауды тексеру.</translation>
    </message>
    <message>
        <source>Check only observer or official protocols.</source>
        <translation>Тек бақылаушы немесе ресми хаттамаларды тексеру.</translation>
    </message>
    <message>
        <source>%1 [%2%3] %4: %5 %6 %7 (difference %8), %9</source>
        <translation>%1 [%2%3] %4: %5 %6 %7 (айырмашылық %8), %9</translation>
    </message>
    <message numerus="yes">
        <source>Contest %1: %Ln protocol(s) checked</source>
        <translation>
            <numerusform>%1 сайлауы: %Ln хаттама тексерілді</numerusform>
            <numerusform>%1 сайлауы: %Ln хаттама тексерілді</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1, violated %2, not checked %3</source>
        <translation>тексерілді %1, бұзылды %2, тексерілмеді %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
</context>
<context>
    <name>ChildProcessTimer</name>
    <message>
        <source>cannot make a temporary file: %1</source>
        <translation>уақытша файл жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 іске қосу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>waiting for %1 failed: %2</source>
        <translation>%1 күту сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 сәтсіз аяқталды: %3</translation>
    </message>
    <message>
        <source>the sqlite3 shell is needed as the reference (apt-get install sqlite3)</source>
        <translation>эталон ретінде sqlite3 қабықшасы қажет (apt-get install sqlite3)</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a column target (expected line:KEY, party:N, region, district, precinct, address, extra or ignore)</source>
        <translation>&quot;%1&quot; баған мақсаты емес (күтілетіні: line:KEY, party:N, region, district, precinct, address, extra немесе ignore)</translation>
    </message>
    <message>
        <source>kept as text</source>
        <translation>мәтін ретінде сақталады</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>еленбейді</translation>
    </message>
    <message>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <source>territorial commission (district)</source>
        <translation>аумақтық комиссия (аудан)</translation>
    </message>
    <message>
        <source>precinct number</source>
        <translation>учаске нөмірі</translation>
    </message>
    <message>
        <source>precinct address</source>
        <translation>учаске мекенжайы</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 жолы: %2</translation>
    </message>
    <message>
        <source>(not on the form)</source>
        <translation>(нысанда жоқ)</translation>
    </message>
    <message>
        <source>party %1: %2</source>
        <translation>%1 партия: %2</translation>
    </message>
    <message>
        <source>party %1: %2 (not on the ballot yet)</source>
        <translation>%1 партия: %2 (әзірге бюллетеньде жоқ)</translation>
    </message>
    <message>
        <source>not a column mapping (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>бағандарды сәйкестендіру емес (&quot;format&quot; мәні &quot;%1&quot; емес)</translation>
    </message>
    <message>
        <source>column mapping version %1 is not supported</source>
        <translation>бағандарды сәйкестендірудің %1 нұсқасына қолдау көрсетілмейді</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: JSON нысаны емес: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>it reads like a protocol line but matches none of the form&apos;s lines</source>
        <translation>хаттама жолына ұқсайды, бірақ нысанның ешбір жолына сәйкес келмейді</translation>
    </message>
    <message>
        <source>its number is ballot position %1 (%2), but its name, %3, is not that entry&apos;s nor clearly another&apos;s</source>
        <translation>оның нөмірі — бюллетеньдегі %1 позиция (%2), бірақ оның атауы, %3, бұл позицияға да, анық басқа позицияға да сәйкес келмейді</translation>
    </message>
    <message>
        <source>its name could be ballot position %1 (%2) or %3 (%4)</source>
        <translation>атауы бойынша бұл бюллетеньдегі %1 позиция (%2) немесе %3 позиция (%4) болуы мүмкін</translation>
    </message>
    <message>
        <source>it names ballot position %1 (%2), which column %3 has already</source>
        <translation>ол бюллетеньдегі %1 позицияны (%2) атайды, бірақ ол позицияны %3 баған бұрыннан алған</translation>
    </message>
    <message>
        <source>column %1 (no header)</source>
        <translation>%1 баған (тақырыпсыз)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>%1 has %n contest(s); choose one with --contest: %2</source>
        <translation>
            <numerusform>%1 ішінде %n сайлау бар; --contest арқылы біреуін таңдаңыз: %2</numerusform>
            <numerusform>%1 ішінде %n сайлау бар; --contest арқылы біреуін таңдаңыз: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>saylau %1: %2</source>
        <translation>saylau %1: %2</translation>
    </message>
    <message>
        <source>The contest (may be left out when the file has one).</source>
        <translation>Сайлау (файлда біреу ғана болса, көрсетпеуге болады).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation>Шығыс пішімі: text, csv немесе json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>пішім</translation>
    </message>
    <message>
        <source>Shares of all ballots cast, spoiled included (cast), or of valid votes (valid).</source>
        <translation>Барлық дауыс беруге қатысқандардағы, жарамсыздарын қоса (cast), немесе жарамды дауыстардағы (valid) үлестер.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>негіз</translation>
    </message>
    <message>
        <source>%1 Leave --source out to show what there is.</source>
        <translation>%1 Бар деректерді көрсету үшін --source көрсетпеңіз.</translation>
    </message>
    <message>
        <source>saylau: --lang must be one of %1</source>
        <translation>saylau: --lang мәні мыналардың бірі болуы керек: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 немесе %2</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Қолданылуы: %1</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n аргумент күтілген</numerusform>
            <numerusform>%n аргумент күтілген</numerusform>
        </translation>
    </message>
    <message>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <source>--%1 %2 is required</source>
        <translation>--%1 %2 қажет</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>белгісіз пішім «%1»</translation>
    </message>
    <message>
        <source>--%1 must be %2</source>
        <translation>--%1 мәні %2 болуы керек</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Командалар:</translation>
    </message>
    <message numerus="yes">
        <source>expected %n or more argument(s)</source>
        <translation>
            <numerusform>кемінде %n аргумент күтілген</numerusform>
            <numerusform>кемінде %n аргумент күтілген</numerusform>
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
        <translation>saylau: белгісіз команда &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: saylau COMMAND [OPTIONS]  (saylau COMMAND --help for its options)</source>
        <translation>Қолданылуы: saylau COMMAND [OPTIONS]  (опциялары үшін: saylau COMMAND --help)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Командалар:</translation>
    </message>
    <message>
        <source>--lang ru|kk|en with any command: the language of its words, dates and numbers (by default the one LANGUAGE, LC_ALL, LC_MESSAGES or LANG ask for).</source>
        <translation>--lang ru|kk|en кез келген командамен: оның мәтінінің, күндері мен сандарының тілі (әдепкі бойынша — LANGUAGE, LC_ALL, LC_MESSAGES немесе LANG сұрайтын тіл).</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>this protocol changed while the conflict was open (another merge or resolution); nothing was saved, open it again</source>
        <translation>қайшылық ашық тұрғанда бұл хаттама өзгерді (басқа біріктіру немесе шешу); ештеңе сақталмады, оны қайта ашыңыз</translation>
    </message>
    <message>
        <source>reading the protocol</source>
        <translation>хаттаманы оқу</translation>
    </message>
    <message>
        <source>the resolved protocol cannot be read back</source>
        <translation>шешілген хаттаманы қайта оқу мүмкін емес</translation>
    </message>
    <message>
        <source>resolving the conflict</source>
        <translation>қайшылықты шешу</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>List the protocols changed differently in two places, every version kept</source>
        <translation>Екі жерде әртүрлі өзгертілген хаттамаларды тізімдеу (барлық нұсқалар сақталған)</translation>
    </message>
    <message numerus="yes">
        <source>Precinct %1, contest %2, %3%4: %n version(s)</source>
        <translation>
            <numerusform>%1 учаске, %2 сайлауы, %3%4: %n нұсқа</numerusform>
            <numerusform>%1 учаске, %2 сайлауы, %3%4: %n нұсқа</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Қайшылықтар жоқ.</translation>
    </message>
    <message>
        <source>%1 %2: deleted at %3 by %4 (%5), kept here because protocols, photos or drafts lie there</source>
        <translation>%1 %2: %3 кезінде жойған: %4 (%5); онда хаттамалар, фотолар немесе жобалар болғандықтан, мұнда сақталды</translation>
    </message>
</context>
<context>
    <name>ContestSources</name>
    <message>
        <source>%1 has no protocols yet: import the official figures or enter the observers&apos; copies first.</source>
        <translation>%1: әзірге хаттамалар жоқ; алдымен ресми деректерді импорттаңыз немесе бақылаушылар көшірмелерін енгізіңіз.</translation>
    </message>
    <message>
        <source>%1 has no observers&apos; copies yet, only official figures.</source>
        <translation>%1: әзірге бақылаушылар көшірмелері жоқ, тек ресми деректер бар.</translation>
    </message>
    <message>
        <source>%1 has no official figures yet, only observers&apos; copies.</source>
        <translation>%1: әзірге ресми деректер жоқ, тек бақылаушылар көшірмелері бар.</translation>
    </message>
</context>
<context>
    <name>ContestsCommand</name>
    <message>
        <source>List the contests of a campaign file</source>
        <translation>Науқан файлындағы сайлауларды тізімдеу</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy a whole campaign (photos and history included) between a file and a server, and verify the copy</source>
        <translation>Бүкіл науқанды (фотолары мен тарихымен бірге) файл мен сервер арасында көшіру және көшірмені тексеру</translation>
    </message>
    <message>
        <source>The campaign to copy: a file or a server address (postgresql://user@host:port/database).</source>
        <translation>Көшірілетін науқан: файл немесе сервер мекенжайы (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>Where to copy it: a file that does not exist yet, or an empty database on a server.</source>
        <translation>Қайда көшіру керек: әлі жоқ файл немесе сервердегі бос дерекқор.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n row(s), verified (the rows of every table counted; checksum over protocols, their history and photos: %3)</source>
        <translation>
            <numerusform>%1 → %2 көшірілді: %n жол, тексерілді (әр кестенің жолдары саналды; хаттамалардың, олардың тарихы мен фотоларының бақылау сомасы: %3)</numerusform>
            <numerusform>%1 → %2 көшірілді: %n жол, тексерілді (әр кестенің жолдары саналды; хаттамалардың, олардың тарихы мен фотоларының бақылау сомасы: %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyProtocolWriter</name>
    <message>
        <source>reading the protocols</source>
        <translation>хаттамаларды оқу</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>adding territory</source>
        <translation>аумақ қосу</translation>
    </message>
    <message>
        <source>reading the protocols being replaced</source>
        <translation>алмастырылатын хаттамаларды оқу</translation>
    </message>
    <message>
        <source>saving protocols</source>
        <translation>хаттамаларды сақтау</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>импортқа нөмір беру</translation>
    </message>
    <message>
        <source>recording the protocols&apos; history</source>
        <translation>хаттамалар тарихын жазу</translation>
    </message>
</context>
<context>
    <name>CountArithmetic</name>
    <message>
        <source>a sum of counts does not fit in 64 bits: the campaign holds a count far above %1, the largest a protocol cell can hold; correct it and try again</source>
        <translation>сандардың қосындысы 64 битке сыймайды: науқанда хаттама ұяшығына сыятын ең үлкен саннан (%1) әлдеқайда үлкен сан бар; оны түзетіп, қайталап көріңіз</translation>
    </message>
</context>
<context>
    <name>CountParser</name>
    <message>
        <source>not a whole number</source>
        <translation>бүтін сан емес</translation>
    </message>
    <message>
        <source>a negative count</source>
        <translation>теріс сан</translation>
    </message>
    <message>
        <source>above %1, the largest count a protocol cell holds</source>
        <translation>хаттама ұяшығына сыятын ең үлкен саннан (%1) үлкен</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>үтір</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>нүктелі үтір</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>it starts with a UTF-8 byte-order mark</source>
        <translation>ол UTF-8 байт реті белгісімен басталады</translation>
    </message>
    <message>
        <source>its beginning is UTF-8</source>
        <translation>оның басы UTF-8 кодтауында</translation>
    </message>
    <message>
        <source>its beginning is not UTF-8</source>
        <translation>оның басы UTF-8 кодтауында емес</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field (a quote inside a field is written twice)</source>
        <translation>тырнақшадағы өрістің жабатын тырнақшасынан кейін мәтін бар (өріс ішіндегі тырнақша екі рет жазылады)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>тырнақшадағы өріс жабылмаған</translation>
    </message>
    <message numerus="yes">
        <source>the record is longer than %n MB</source>
        <translation>
            <numerusform>жазба %n МБ шегінен ұзын</numerusform>
            <numerusform>жазба %n МБ шегінен ұзын</numerusform>
        </translation>
    </message>
    <message>
        <source>the byte 0x%1 is not valid %2, the encoding the file is read in (%3); save the file in one encoding and import it again</source>
        <translation>0x%1 байты файл оқылатын %2 кодтауында жарамсыз (%3); файлды бір кодтауда сақтап, қайта импорттаңыз</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, %2 жол, %3 баған: %4</translation>
    </message>
</context>
<context>
    <name>CsvScaler</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 бос</translation>
    </message>
    <message>
        <source>%1 has no precinct column to renumber</source>
        <translation>%1 ішінде қайта нөмірленетін учаске бағаны жоқ</translation>
    </message>
    <message>
        <source>%1 has no data rows</source>
        <translation>%1 ішінде деректер жолдары жоқ</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>DemoCampaign</name>
    <message>
        <source>demo: no plan for region %1</source>
        <translation>demo: %1 өңірі үшін жоспар жоқ</translation>
    </message>
    <message>
        <source>demo: the vote table cannot be fitted</source>
        <translation>demo: дауыстар кестесін сәйкестендіру мүмкін емес</translation>
    </message>
    <message>
        <source>demo: the ballot of %1 has no party &quot;%2&quot;</source>
        <translation>demo: %1 бюллетенінде &quot;%2&quot; партиясы жоқ</translation>
    </message>
    <message>
        <source>demo: contest %1 would receive fewer ballots than voters</source>
        <translation>demo: %1 сайлауы сайлаушылардан аз бюллетень алатын еді</translation>
    </message>
    <message>
        <source>demo: the kz-2021 territory has no region %1</source>
        <translation>demo: kz-2021 аумағында %1 өңірі жоқ</translation>
    </message>
    <message>
        <source>synthetic</source>
        <translation>синтетикалық</translation>
    </message>
    <message>
        <source>synthetic official figures</source>
        <translation>синтетикалық ресми деректер</translation>
    </message>
    <message>
        <source>Synthetic demonstration data made by &quot;saylau demo&quot;: the precinct protocols are invented so that their totals reproduce the summary tables of the observers&apos; press release (HAQ / Adil saylau, January 2021). They are not real protocols. As in the press release, the observers went where they could: their copies are not a random sample of precincts, so no margin of error can be given for them (&quot;saylau estimate&quot; shows what they cover instead).</source>
        <translation>&quot;saylau demo&quot; жасаған синтетикалық демонстрациялық деректер: учаскелік хаттамалар олардың жиынтықтары бақылаушылардың баспасөз релизіндегі жиынтық кестелерді (HAQ / Adil saylau, 2021 жылғы қаңтар) қайталайтындай етіп ойдан құрастырылған. Бұл нақты хаттамалар емес. Баспасөз релизіндегідей, бақылаушылар бара алған жерлеріне барды: олардың көшірмелері учаскелердің кездейсоқ іріктемесі емес, сондықтан олар үшін қателік шегін көрсету мүмкін емес (оның орнына олардың нені қамтитынын &quot;saylau estimate&quot; көрсетеді).</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo campaign (synthetic data: the 2021 Kazakh elections) in a new file</source>
        <translation>Демо науқанды (синтетикалық деректер: 2021 жылғы Қазақстандағы сайлау) жаңа файлда жасау</translation>
    </message>
    <message>
        <source>Created the demo campaign in %1 (synthetic data, not real results); contests: %2</source>
        <translation>Демо науқан %1 ішінде жасалды (синтетикалық деректер, нақты нәтижелер емес); сайлаулар: %2</translation>
    </message>
    <message>
        <source>The campaign file to create.</source>
        <translation>Жасалатын науқан файлы.</translation>
    </message>
</context>
<context>
    <name>DeskBenchmark</name>
    <message>
        <source>the program was still busy after 10 minutes</source>
        <translation>бағдарлама 10 минуттан кейін де бос емес еді</translation>
    </message>
    <message>
        <source>%1 has no precinct with a protocol of %2 to save again</source>
        <translation>%1 ішінде қайта сақтауға болатын %2 хаттамасы бар учаске жоқ</translation>
    </message>
    <message>
        <source>the program did not open %1</source>
        <translation>бағдарлама %1 ашпады</translation>
    </message>
    <message>
        <source>after opening, the navigator or the overview was empty</source>
        <translation>ашылғаннан кейін навигатор немесе шолу бос болды</translation>
    </message>
    <message>
        <source>the overview did not change after the save</source>
        <translation>сақтағаннан кейін шолу өзгермеді</translation>
    </message>
    <message>
        <source>  %1: %2 s (goal %3; %4x the shell)%5</source>
        <translation>  %1: %2 с (мақсат %3; қабықшадан %4 есе)%5</translation>
    </message>
    <message numerus="yes">
        <source>saylau-desk on %1: %2 protocols; wall time, median of %n run(s); load average %3</source>
        <translation>
            <numerusform>saylau-desk, %1: %2 хаттама; нақты уақыт, %n жүгірудің медианасы; орташа жүктеме %3</numerusform>
            <numerusform>saylau-desk, %1: %2 хаттама; нақты уақыт, %n жүгірудің медианасы; орташа жүктеме %3</numerusform>
        </translation>
    </message>
    <message>
        <source>  sqlite3 shell, every line summed per region (whole process): %1 s</source>
        <translation>  sqlite3 қабықшасы, барлық жолдар өңірлер бойынша қосылады (бүкіл процесс): %1 с</translation>
    </message>
    <message>
        <source>    query: %1</source>
        <translation>    сұраныс: %1</translation>
    </message>
    <message>
        <source>opening, until the navigator and the overview are filled</source>
        <translation>ашу, навигатор мен шолу толғанға дейін</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 с</translation>
    </message>
    <message>
        <source>totals after a save, navigator and overview</source>
        <translation>сақтаудан кейінгі қорытындылар, навигатор мен шолу</translation>
    </message>
    <message>
        <source>&lt; 0.1 s</source>
        <translation>&lt; 0,1 с</translation>
    </message>
    <message>
        <source>the charts window offers no %1 chart</source>
        <translation>диаграммалар терезесінде %1 диаграммасы жоқ</translation>
    </message>
    <message>
        <source>chart %1 redrawn</source>
        <translation>%1 диаграммасын қайта салу</translation>
    </message>
    <message>
        <source>&lt; 0.3 s</source>
        <translation>&lt; 0,3 с</translation>
    </message>
    <message>
        <source>, a message instead of a chart</source>
        <translation>, диаграмманың орнына хабар</translation>
    </message>
    <message>
        <source>Times the desktop program on a campaign: opening, the totals after a save, every chart redrawn.</source>
        <translation>Жұмыс үстелі бағдарламасын науқанда өлшейді: ашу, сақтаудан кейінгі қорытындылар, әр диаграмманы қайта салу.</translation>
    </message>
    <message>
        <source>A campaign, or a results file to make one from.</source>
        <translation>Науқан немесе одан науқан жасалатын нәтижелер файлы.</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Әрқайсысының жүгіру саны; медиана шығарылады.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The sqlite3 shell to compare with.</source>
        <translation>Салыстыруға арналған sqlite3 қабықшасы.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>жол</translation>
    </message>
    <message>
        <source>For a results file: the campaign preset to import it into.</source>
        <translation>Нәтижелер файлы үшін: оны импорттайтын науқан үлгісі.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>usage: saylau-desk-bench FILE.db|DATA.csv [--runs n], n 1 or more</source>
        <translation>қолданылуы: saylau-desk-bench FILE.db|DATA.csv [--runs n], n кемінде 1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>уақытша қалта жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 файлын %2 ішіне көшіру мүмкін емес</translation>
    </message>
    <message>
        <source>run %1 of %2...</source>
        <translation>%2 жүгірудің %1-і...</translation>
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
        <translation>Бақылаушы көшірмелерін ресми деректермен салыстыру (айырмашылық болса, шығу коды 1)</translation>
    </message>
    <message>
        <source>Contest to compare (may be left out when the file has one).</source>
        <translation>Салыстырылатын сайлау (файлда біреу ғана болса, көрсетпеуге болады).</translation>
    </message>
    <message>
        <source>Set aside doubtful copies (breaking their own control relations, or with voters far from the official figure).</source>
        <translation>Күмәнді көшірмелерді шеттету (өз бақылау арақатынастарын бұзатын немесе сайлаушылар саны ресми деректерден алшақ көшірмелер).</translation>
    </message>
    <message>
        <source>How many of the largest shifts to list.</source>
        <translation>Ең үлкен ығысулардың қаншасын тізімдеу.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>List matching precincts and precincts without a copy too.</source>
        <translation>Сәйкес келетін учаскелер мен көшірмесі жоқ учаскелерді де тізімдеу.</translation>
    </message>
    <message numerus="yes">
        <source>saylau diff: %n protocol(s) name a territory that is not in the file; left out</source>
        <translation>
            <numerusform>saylau diff: %n хаттамада файлда жоқ аумақ көрсетілген; олар алынып тасталды</numerusform>
            <numerusform>saylau diff: %n хаттамада файлда жоқ аумақ көрсетілген; олар алынып тасталды</numerusform>
        </translation>
    </message>
    <message>
        <source>List every region by region, those without a copy too.</source>
        <translation>Өңірлер бойынша бөлімде барлық өңірлерді, көшірмесі жоқтарын да тізімдеу.</translation>
    </message>
    <message>
        <source>--top must be a whole number, 0 or more</source>
        <translation>--top 0-ден кем емес бүтін сан болуы керек</translation>
    </message>
</context>
<context>
    <name>Discrepancy</name>
    <message>
        <source>match</source>
        <translation>сәйкес</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>өзгеше</translation>
    </message>
    <message>
        <source>official figures missing</source>
        <translation>ресми деректер жоқ</translation>
    </message>
    <message>
        <source>observer copy missing</source>
        <translation>бақылаушы көшірмесі жоқ</translation>
    </message>
    <message>
        <source>observer copies disagree</source>
        <translation>бақылаушы көшірмелері сәйкес келмейді</translation>
    </message>
    <message>
        <source>copies cover part of the precincts</source>
        <translation>көшірмелер учаскелердің бір бөлігін ғана қамтиды</translation>
    </message>
</context>
<context>
    <name>DiscrepancyReportWriter</name>
    <message>
        <source>the sum includes doubtful copies</source>
        <translation>қосындыға күмәнді көшірмелер кіреді</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>көшірме</translation>
    </message>
    <message>
        <source>copy &quot;%1&quot;</source>
        <translation>&quot;%1&quot; көшірмесі</translation>
    </message>
    <message numerus="yes">
        <source>%1 breaks %n control relation(s) of its form</source>
        <translation>
            <numerusform>%1 өз нысанының %n бақылау арақатынасын бұзады</numerusform>
            <numerusform>%1 өз нысанының %n бақылау арақатынасын бұзады</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 voters on the list against the official figure (likely another precinct)</source>
        <translation>%1: тізімдегі сайлаушылар саны ресми деректермен салыстырғанда %2 (басқа учаске болуы мүмкін)</translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful copy(ies) set aside</source>
        <translation>
            <numerusform>%n күмәнді көшірме шеттетілді</numerusform>
            <numerusform>%n күмәнді көшірме шеттетілді</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4 (%5)</source>
        <translation>%1 %2: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>Voters on the list</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>Алынған бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Дауыс беруге қатысқандар</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Жарамды бюллетеньдер</translation>
    </message>
    <message>
        <source>Unused ballots</source>
        <translation>Пайдаланылмаған бюллетеньдер</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Бәріне қарсы</translation>
    </message>
    <message>
        <source>Precincts with observer copies: %1; with official figures: %2</source>
        <translation>Бақылаушы көшірмелері бар учаскелер: %1; ресми деректері барлар: %2</translation>
    </message>
    <message>
        <source>Compared like for like: %1; differing: %2 (of which %3 rest on a doubtful copy)</source>
        <translation>Бірдей негізде салыстырылды: %1; айырмашылығы бар: %2 (оның ішінде %3 күмәнді көшірмеге негізделген)</translation>
    </message>
    <message>
        <source>Official figures missing: %1; observer copy missing: %2; observer copies disagree: %3</source>
        <translation>Ресми деректер жоқ: %1; бақылаушы көшірмесі жоқ: %2; бақылаушы көшірмелері сәйкес келмейді: %3</translation>
    </message>
    <message>
        <source>Doubtful copies: %1 (set aside: %2)</source>
        <translation>Күмәнді көшірмелер: %1 (шеттетілгені: %2)</translation>
    </message>
    <message>
        <source>Official figures of TIKs/regions: %1 compared with the copies of all their precincts (%2 differing); %3 where the copies cover only part of the precincts (not comparable)</source>
        <translation>АСК/өңірлердің ресми деректері: %1 бүкіл учаскелерінің көшірмелерімен салыстырылды (%2 айырмашылығы бар); %3 жағдайда көшірмелер учаскелердің бір бөлігін ғана қамтиды (салыстыруға келмейді)</translation>
    </message>
    <message>
        <source>Official figures against the copies</source>
        <translation>Ресми деректер мен көшірмелерді салыстыру</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>алынған</translation>
    </message>
    <message>
        <source>net</source>
        <translation>таза</translation>
    </message>
    <message>
        <source>Turnout (%1 / voters on the list) at the compared precincts: %2 by the copies, %3 official (%4 points)</source>
        <translation>Салыстырылған учаскелердегі қатысу (%1 / тізімдегі сайлаушылар): көшірмелер бойынша %2, ресми %3 (%4 тармақ)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>салыстырылды</translation>
    </message>
    <message>
        <source>differing</source>
        <translation>айырмашылығы бар</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>күмәнді</translation>
    </message>
    <message>
        <source>turnout net</source>
        <translation>қатысу өзгерісі</translation>
    </message>
    <message>
        <source>Observer copies against official figures: %1 (%2)</source>
        <translation>Бақылаушы көшірмелері мен ресми деректерді салыстыру: %1 (%2)</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: a demonstration, not real election results.</source>
        <translation>СИНТЕТИКАЛЫҚ ДЕРЕКТЕР: демонстрация, нақты сайлау нәтижелері емес.</translation>
    </message>
    <message>
        <source>Doubtful copies included and marked with *.</source>
        <translation>Күмәнді көшірмелер қосылған және * белгісімен белгіленген.</translation>
    </message>
    <message>
        <source>Doubtful copies set aside.</source>
        <translation>Күмәнді көшірмелер шеттетілді.</translation>
    </message>
    <message>
        <source>By region (net change of the official figures against the copies):</source>
        <translation>Өңірлер бойынша (ресми деректердің көшірмелерге қарағандағы таза өзгерісі):</translation>
    </message>
    <message>
        <source>Largest shifts:</source>
        <translation>Ең үлкен ығысулар:</translation>
    </message>
    <message>
        <source>+%1 / −%2</source>
        <translation>+%1 / −%2</translation>
    </message>
    <message>
        <source>(official total; copies of %1 of %2 precincts)</source>
        <translation>(ресми жиынтық; %2 учаскенің %1 көшірмесі)</translation>
    </message>
    <message>
        <source>Findings (official minus copy per line):</source>
        <translation>Анықталғандар (әр жол бойынша ресми деректер минус көшірме):</translation>
    </message>
    <message>
        <source>Without the doubtful copies: %1 compared, %2 differing; net change %3</source>
        <translation>Күмәнді көшірмелерсіз: %1 салыстырылды, %2 айырмашылығы бар; таза өзгеріс %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) without an observer copy not listed (--all-regions lists them).</source>
        <translation>
            <numerusform>Бақылаушы көшірмесі жоқ %n өңір тізімделмеді (--all-regions оларды тізімдейді).</numerusform>
            <numerusform>Бақылаушы көшірмесі жоқ %n өңір тізімделмеді (--all-regions оларды тізімдейді).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the sum of the copies, empty in the official figures</source>
        <translation>көшірмелер қосындысында %1, ресми деректерде бос</translation>
    </message>
    <message>
        <source>not on every copy summed, %1 official</source>
        <translation>қосылған көшірмелердің бәрінде емес, ресми %1</translation>
    </message>
    <message>
        <source>%1 on the copy, empty in the official figures</source>
        <translation>көшірмеде %1, ресми деректерде бос</translation>
    </message>
    <message>
        <source>empty on the copy, %1 official</source>
        <translation>көшірмеде бос, ресми %1</translation>
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
        <translation>бос</translation>
    </message>
    <message>
        <source>unlabelled copy</source>
        <translation>белгісіз көшірме</translation>
    </message>
    <message>
        <source>match on the lines both sides give</source>
        <translation>екі жақта да толтырылған жолдар бойынша сәйкес</translation>
    </message>
</context>
<context>
    <name>DiscrepancySheet</name>
    <message>
        <source>Discrepancy sheet: %1</source>
        <translation>Айырмашылықтар парағы: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Sum of observer copies</source>
        <translation>Бақылаушы көшірмелерінің қосындысы</translation>
    </message>
    <message>
        <source>Observer copy</source>
        <translation>Бақылаушы көшірмесі</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырмашылық</translation>
    </message>
    <message>
        <source>Observer copy %1</source>
        <translation>Бақылаушы көшірмесі %1</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Кім әкелді</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Received how</source>
        <translation>Қалай алынды</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Кім енгізді</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ескертпелер</translation>
    </message>
    <message numerus="yes">
        <source>The copy breaks %n control relation(s) of its form: it may carry a slip.</source>
        <translation>
            <numerusform>Көшірме өз нысанының %n бақылау арақатынасын бұзады: онда қате болуы мүмкін.</numerusform>
            <numerusform>Көшірме өз нысанының %n бақылау арақатынасын бұзады: онда қате болуы мүмкін.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its voters on the list differ by %1 from the official figure: it may be the protocol of another precinct.</source>
        <translation>Оның тізімдегі сайлаушылар саны ресми деректерден %1 өзгеше: бұл басқа учаскенің хаттамасы болуы мүмкін.</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: a demonstration, not real election results.</source>
        <translation>СИНТЕТИКАЛЫҚ ДЕРЕКТЕР: демонстрация, нақты сайлау нәтижелері емес.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Сайлау түрі</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Анықталғаны</translation>
    </message>
    <message>
        <source>resting on a doubtful copy</source>
        <translation>күмәнді көшірмеге негізделген</translation>
    </message>
    <message>
        <source>Official figures published for this territory as a whole, against the sum of the observer copies of %1 of the %2 precincts under it.</source>
        <translation>Осы аумақ бойынша тұтастай жарияланған ресми деректер оның құрамындағы %2 учаскенің %1 бақылаушы көшірмелерінің қосындысымен салыстырылады.</translation>
    </message>
    <message>
        <source>Differences are the official figures minus the observer&apos;s copy: %1 votes added, %2 votes taken.</source>
        <translation>Айырмашылықтар — ресми деректер минус бақылаушы көшірмесі: %1 дауыс қосылған, %2 дауыс алынған.</translation>
    </message>
    <message>
        <source>Prepared with SaylauDesk on %1 from %2.</source>
        <translation>SaylauDesk көмегімен %1 күні %2 негізінде дайындалды.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1, added by %2 %3</source>
        <translation>%1, қосқан: %2 %3</translation>
    </message>
</context>
<context>
    <name>DoubleEntryReconciliation</name>
    <message numerus="yes">
        <source>%n mismatching line(s) still to be resolved</source>
        <translation>
            <numerusform>%n сәйкес келмейтін жол әлі шешілмеген</numerusform>
            <numerusform>%n сәйкес келмейтін жол әлі шешілмеген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>saving the draft</source>
        <translation>жобаны сақтау</translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation>жобаны жою</translation>
    </message>
    <message>
        <source>reading drafts</source>
        <translation>жобаларды оқу</translation>
    </message>
</context>
<context>
    <name>EntrySession</name>
    <message>
        <source>no protocol is open</source>
        <translation>ешбір хаттама ашылмаған</translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>removing the second entries</source>
        <translation>қайта енгізулерді жою</translation>
    </message>
    <message>
        <source>the saved protocol cannot be read back</source>
        <translation>сақталған хаттаманы қайта оқу мүмкін емес</translation>
    </message>
    <message>
        <source>looking up the protocol</source>
        <translation>хаттаманы іздеу</translation>
    </message>
    <message>
        <source>reading the protocol&apos;s status</source>
        <translation>хаттама күйін оқу</translation>
    </message>
    <message>
        <source>reading the protocol&apos;s history</source>
        <translation>хаттама тарихын оқу</translation>
    </message>
    <message>
        <source>there is no protocol to enter a second time</source>
        <translation>қайта енгізетін хаттама жоқ</translation>
    </message>
    <message>
        <source>a second entry needs the operator&apos;s name</source>
        <translation>қайта енгізу үшін оператордың аты қажет</translation>
    </message>
    <message>
        <source>%1 entered this protocol; the second entry must be typed by another operator</source>
        <translation>Бұл хаттаманы %1 енгізді; қайта енгізуді басқа оператор теруі керек</translation>
    </message>
    <message>
        <source>saving the second entry</source>
        <translation>қайта енгізуді сақтау</translation>
    </message>
    <message>
        <source>reading the second entries</source>
        <translation>қайта енгізулерді оқу</translation>
    </message>
    <message>
        <source>reading the protocols&apos; statuses</source>
        <translation>хаттамалардың күйлерін оқу</translation>
    </message>
    <message>
        <source>confirming the protocol</source>
        <translation>хаттаманы растау</translation>
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
        <translation>Кездейсоқ іріктеме көшірмелері бойынша қатысу мен үлестерді қателік шегімен бағалау</translation>
    </message>
</context>
<context>
    <name>ExcessVotesEstimate</name>
    <message>
        <source>This is a model-based estimate (Shpilkin&apos;s method), not a count.</source>
        <translation>Бұл санақ емес, модельге негізделген бағалау (Shpilkin әдісі).</translation>
    </message>
    <message>
        <source>Assumed: the other parties&apos; votes and the invalid ballots are genuine at every turnout; the mode of their distribution over turnout (1% bins) marks the turnout of clean precincts.</source>
        <translation>Болжам: басқа партиялардың дауыстары мен жарамсыз бюллетеньдер кез келген қатысуда шынайы; олардың қатысу бойынша үлестірімінің модасы (1% аралықтар) таза учаскелердің қатысуын көрсетеді.</translation>
    </message>
    <message>
        <source>Assumed: up to that turnout the leader&apos;s share is genuine; above it the leader&apos;s genuine votes keep the same ratio to the others&apos; votes, and anything beyond is counted as excess.</source>
        <translation>Болжам: осы қатысуға дейін көшбасшының үлесі шынайы; одан жоғары көшбасшының шынайы дауыстары басқалардың дауыстарымен бұрынғы қатынасын сақтайды, ал одан асқанның бәрі артық деп есептеледі.</translation>
    </message>
    <message>
        <source>Real differences between places with high and low turnout (towns and villages, regions) also show up as excess: read it as what the model cannot explain, not as proof.</source>
        <translation>Қатысуы жоғары және төмен жерлер (қалалар мен ауылдар, өңірлер) арасындағы нақты айырмашылықтар да артық дауыс ретінде көрінеді: мұны дәлел емес, модель түсіндіре алмайтын нәрсе деп қабылдаңыз.</translation>
    </message>
</context>
<context>
    <name>ExchangeLedger</name>
    <message>
        <source>reading the campaign&apos;s exchange settings</source>
        <translation>науқанның алмасу баптауларын оқу</translation>
    </message>
    <message>
        <source>writing the campaign&apos;s exchange settings</source>
        <translation>науқанның алмасу баптауларын жазу</translation>
    </message>
    <message>
        <source>%1 has joined no exchange: make it headquarters with `saylau kit`, or use an office kit</source>
        <translation>%1 ешбір алмасуға қосылмаған: оны `saylau kit` арқылы штаб етіңіз немесе кеңсе жинағын пайдаланыңыз</translation>
    </message>
    <message>
        <source>%1 is the kit of office %2, not headquarters</source>
        <translation>%1 — штаб емес, %2 кеңсесінің жинағы</translation>
    </message>
    <message>
        <source>clearing the office&apos;s peers</source>
        <translation>кеңсенің серіктестер тізімін тазалау</translation>
    </message>
    <message>
        <source>reading the exchange&apos;s peers</source>
        <translation>алмасу қатысушыларын оқу</translation>
    </message>
    <message>
        <source>%1 already knows a peer named %2</source>
        <translation>%1 бұрыннан %2 атты қатысушыны біледі</translation>
    </message>
    <message>
        <source>recording the peer %1</source>
        <translation>%1 қатысушысын жазу</translation>
    </message>
    <message>
        <source>recording what %1 received</source>
        <translation>%1 алған деректерді жазу</translation>
    </message>
    <message>
        <source>%1 has joined no exchange</source>
        <translation>%1 ешбір алмасуға қосылмаған</translation>
    </message>
    <message>
        <source>naming new territory</source>
        <translation>жаңа аумақтарға атау беру</translation>
    </message>
    <message>
        <source>naming new rows</source>
        <translation>жаңа жолдарға атау беру</translation>
    </message>
    <message>
        <source>naming new photos</source>
        <translation>жаңа фотоларға атау беру</translation>
    </message>
    <message>
        <source>comparing protocols with their revisions</source>
        <translation>хаттамаларды олардың редакцияларымен салыстыру</translation>
    </message>
    <message>
        <source>recording a protocol revision</source>
        <translation>хаттама редакциясын жазу</translation>
    </message>
    <message>
        <source>reading a protocol&apos;s revisions</source>
        <translation>хаттама редакцияларын оқу</translation>
    </message>
    <message>
        <source>reading the conflicts</source>
        <translation>қайшылықтарды оқу</translation>
    </message>
    <message>
        <source>finding a precinct&apos;s region</source>
        <translation>учаскенің өңірін табу</translation>
    </message>
    <message>
        <source>reading the territory</source>
        <translation>аумақты оқу</translation>
    </message>
    <message>
        <source>naming territory changes</source>
        <translation>аумақ өзгерістеріне атау беру</translation>
    </message>
    <message>
        <source>applying territory changes</source>
        <translation>аумақ өзгерістерін қолдану</translation>
    </message>
    <message>
        <source>applying territory deletions</source>
        <translation>аумақ жоюларын қолдану</translation>
    </message>
    <message>
        <source>reading the refused deletions</source>
        <translation>қабылданбаған жоюларды оқу</translation>
    </message>
    <message>
        <source>finding the territory of an office</source>
        <translation>кеңсенің аумағын іздеу</translation>
    </message>
    <message>
        <source>checking the right to exchange packages</source>
        <translation>пакет алмасу құқығын тексеру</translation>
    </message>
    <message>
        <source>%1: merging, packing and resolving conflicts are a coordinator&apos;s work, and the server refuses them to your role (ask for the saylau_coordinator role); nothing was changed</source>
        <translation>%1: біріктіру, пакет жасау және қайшылықтарды шешу — үйлестірушінің жұмысы, сервер оларды сіздің рөліңізге рұқсат етпейді (saylau_coordinator рөлін сұраңыз); ештеңе өзгертілген жоқ</translation>
    </message>
</context>
<context>
    <name>FigureEditCommand</name>
    <message>
        <source>edit line %1</source>
        <translation>%1 жолын түзету</translation>
    </message>
</context>
<context>
    <name>FiguresCodec</name>
    <message>
        <source>stored figures are damaged: %1</source>
        <translation>сақталған деректер зақымдалған: %1</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>reading protocols failed: %1</source>
        <translation>хаттамаларды оқу сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>FileAttachmentStream</name>
    <message>
        <source>adding the photo %1</source>
        <translation>%1 фотосын қосу</translation>
    </message>
    <message>
        <source>adding the photo %1 returned no id</source>
        <translation>%1 фотосын қосу идентификатор қайтармады</translation>
    </message>
</context>
<context>
    <name>FileBuiltAside</name>
    <message>
        <source>cannot write in the folder of %1: %2</source>
        <translation>%1 орналасқан қалтаға жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the data did not reach the disk</source>
        <translation>%1 жазу мүмкін емес: деректер дискіге жетпеді</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 appeared while this was being written and is left as it is; choose another name</source>
        <translation>Бұл файл жазылып жатқанда %1 пайда болды және өзгеріссіз қалдырылды; басқа атау таңдаңыз</translation>
    </message>
</context>
<context>
    <name>ForensicsChartBuilder</name>
    <message>
        <source>%1 is not a forensic chart</source>
        <translation>%1 — статистикалық талдау диаграммасы емес</translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s)</source>
        <translation>
            <numerusform>%Ln учаске</numerusform>
            <numerusform>%Ln учаске</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln left out: no ballots, or more ballots than voters)</source>
        <translation>
            <numerusform>(%Ln учаске алынып тасталды: бюллетеньдер жоқ немесе бюллетеньдер сайлаушылардан көп)</numerusform>
            <numerusform>(%Ln учаске алынып тасталды: бюллетеньдер жоқ немесе бюллетеньдер сайлаушылардан көп)</numerusform>
        </translation>
    </message>
    <message>
        <source>V voters on the list, B ballots in the boxes (valid + invalid), L votes for %1; turnout t = B/V, %1&apos;s share s = L/B.</source>
        <translation>V — тізімдегі сайлаушылар, B — жәшіктердегі бюллетеньдер (жарамды + жарамсыз), L — %1 үшін берілген дауыстар; қатысу t = B/V, %1 үлесі s = L/B.</translation>
    </message>
    <message>
        <source>the fine turnout histogram has bins of 0.1, 0.5 or 1 percentage point</source>
        <translation>қатысудың ұсақ гистограммасының аралықтары 0.1, 0.5 немесе 1 пайыздық тармақ болады</translation>
    </message>
    <message>
        <source>Precincts, per %1 percentage point of turnout</source>
        <translation>Қатысудың әр %1 пайыздық тармағына келетін учаскелер</translation>
    </message>
    <message>
        <source>Expected without a preference for round numbers (binomial spread of each precinct)</source>
        <translation>Дөңгелек сандарға бейімділік болмағандағы күтілетін мән (әр учаскенің биномдық шашырауы)</translation>
    </message>
    <message>
        <source>Turnout across precincts, in bins of %1 percentage point</source>
        <translation>Учаскелер бойынша қатысу, %1 пайыздық тармақ аралықтарымен</translation>
    </message>
    <message numerus="yes">
        <source>Cut at the top: the last bin (up to 100%) holds %Ln precinct(s); %1 expected.</source>
        <translation>
            <numerusform>Жоғарғы жағы қиылған: соңғы аралықта (100%-ға дейін) %Ln учаске бар; күтілгені %1.</numerusform>
            <numerusform>Жоғарғы жағы қиылған: соңғы аралықта (100%-ға дейін) %Ln учаске бар; күтілгені %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout t, % of voters on the list</source>
        <translation>Қатысу t, тізімдегі сайлаушылардың %-ы</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Peaks at whole percentages above the expected curve are what Shpilkin called the &quot;saw&quot;: more precincts report round turnouts than chance gives. The expected curve has peaks of its own at simple fractions (50%, 66.7%, 75%), where small precincts land by arithmetic alone.</source>
        <translation>Бүтін пайыздардағы күтілетін қисықтан жоғары шыңдарды Shpilkin &quot;ара&quot; деп атаған: дөңгелек қатысуды көрсететін учаскелер кездейсоқтық бергеннен көп. Күтілетін қисықтың өзінде де жай бөлшектерде (50%, 66.7%, 75%) шыңдар бар: шағын учаскелер бұл мәндерге тек арифметика салдарынан түседі.</translation>
    </message>
    <message>
        <source>One dot per precinct</source>
        <translation>Әр учаске — бір нүкте</translation>
    </message>
    <message>
        <source>Turnout and the share of %1, precinct by precinct</source>
        <translation>Қатысу және %1 үлесі, учаскелер бойынша</translation>
    </message>
    <message>
        <source>Share of %1 s, % of ballots in the boxes</source>
        <translation>%1 үлесі s, жәшіктердегі бюллетеньдердің %-ы</translation>
    </message>
    <message>
        <source>Precincts per 1% × 1% cell (log scale)</source>
        <translation>1% × 1% ұяшықтағы учаскелер (логарифмдік шкала)</translation>
    </message>
    <message>
        <source>Election fingerprint: turnout × share of %1</source>
        <translation>Сайлаудың &quot;саусақ ізі&quot;: қатысу × %1 үлесі</translation>
    </message>
    <message>
        <source>A 2D histogram at 1% bins (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012). Clean elections give one round cloud; a smear towards 100% turnout and 100% share is what ballot stuffing would leave.</source>
        <translation>1% аралықтармен салынған екіөлшемді гистограмма (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012). Таза сайлауда бір дөңгелек бұлт шығады; 100% қатысу мен 100% үлеске қарай созылған із — бюллетеньдерді заңсыз салудың белгісі.</translation>
    </message>
    <message>
        <source>Votes by turnout: where each party&apos;s votes come from</source>
        <translation>Қатысу бойынша дауыстар: әр партияның дауыстары қайдан келеді</translation>
    </message>
    <message>
        <source>Turnout t of the precinct, %</source>
        <translation>Учаскедегі қатысу t, %</translation>
    </message>
    <message>
        <source>Votes, per 0.5% of turnout</source>
        <translation>Дауыстар, қатысудың әр 0.5%-ына</translation>
    </message>
    <message>
        <source>Each party&apos;s votes summed over the precincts of each 0.5% turnout bin. Where turnout is genuine, every party&apos;s curve has one peak at the same turnout; votes of one party growing with turnout while the others&apos; fall is the pattern of added ballots.</source>
        <translation>Әр партияның дауыстары қатысудың әр 0.5% аралығындағы учаскелер бойынша қосылған. Қатысу шынайы болса, әр партияның қисығында бірдей қатысуда бір ғана шың болады; бір партияның дауыстары қатысумен бірге өсіп, басқаларынікі азаюы — қосып салынған бюллетеньдердің белгісі.</translation>
    </message>
    <message>
        <source>Precincts per 1% × 1% cell (log scale, one scale for all)</source>
        <translation>1% × 1% ұяшықтағы учаскелер (логарифмдік шкала, барлығына бір шкала)</translation>
    </message>
    <message>
        <source>Election fingerprint by region: turnout × share of %1</source>
        <translation>Өңірлер бойынша сайлаудың &quot;саусақ ізі&quot;: қатысу × %1 үлесі</translation>
    </message>
    <message>
        <source>Turnout t, 0 to 100% across each map</source>
        <translation>Қатысу t, әр картада көлденеңінен 0-ден 100%-ға дейін</translation>
    </message>
    <message>
        <source>Share of %1 s, 0 to 100% up each map</source>
        <translation>%1 үлесі s, әр картада тігінен 0-ден 100%-ға дейін</translation>
    </message>
    <message>
        <source>A 2D histogram at 1% bins for each region (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012), all on one colour scale, so that the regions compare. Clean elections give one round cloud; a smear towards 100% turnout and 100% share is what ballot stuffing would leave.</source>
        <translation>Әр өңір үшін 1% аралықтармен салынған екіөлшемді гистограмма (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012), өңірлерді салыстыруға болатындай барлығы бір түс шкаласында. Таза сайлауда бір дөңгелек бұлт шығады; 100% қатысу мен 100% үлеске қарай созылған із — бюллетеньдерді заңсыз салудың белгісі.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln protocol(s) without voters, ballots or the leader&apos;s votes left out)</source>
        <translation>
            <numerusform>(сайлаушылар, бюллетеньдер немесе көшбасшының дауыстары көрсетілмеген %Ln хаттама алынып тасталды)</numerusform>
            <numerusform>(сайлаушылар, бюллетеньдер немесе көшбасшының дауыстары көрсетілмеген %Ln хаттама алынып тасталды)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s) give no votes for some of the parties: each curve sums the precincts that give its party&apos;s votes.</source>
        <translation>
            <numerusform>%Ln учаскеде кейбір партиялар үшін дауыстар көрсетілмеген: әр қисық өз партиясының дауыстары көрсетілген учаскелерді қосады.</numerusform>
            <numerusform>%Ln учаскеде кейбір партиялар үшін дауыстар көрсетілмеген: әр қисық өз партиясының дауыстары көрсетілген учаскелерді қосады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForensicsCommand</name>
    <message>
        <source>Integer-percentage test and excess-votes estimate of per-precinct figures</source>
        <translation>Учаскелік деректердің бүтін пайыздар тесті және артық дауыстарды бағалау</translation>
    </message>
    <message>
        <source>official or observer.</source>
        <translation>official немесе observer.</translation>
    </message>
    <message>
        <source>The party whose share is tested (short name, name or key); the one with the most votes by default.</source>
        <translation>Үлесі тексерілетін партия (қысқа атауы, атауы немесе кілті); әдепкі бойынша — ең көп дауыс алған партия.</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>Seed of the Monte Carlo.</source>
        <translation>Монте-Карло генераторының бастапқы мәні (seed).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Monte Carlo draws.</source>
        <translation>Монте-Карло сынақтарының саны.</translation>
    </message>
    <message>
        <source>Only the precincts of this region (its name).</source>
        <translation>Тек осы өңірдің учаскелері (өңір атауы).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more</source>
        <translation>--seed 0-ден кем емес бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>--draws must be a whole number from 2 to 1,000,000</source>
        <translation>--draws 2-ден 1 000 000-ға дейінгі бүтін сан болуы керек</translation>
    </message>
    <message numerus="yes">
        <source>saylau forensics: %n precinct protocol(s) lack voters or ballots; left out</source>
        <translation>
            <numerusform>saylau forensics: %n учаскелік хаттамада сайлаушылар немесе бюллетеньдер көрсетілмеген; ол алынып тасталды</numerusform>
            <numerusform>saylau forensics: %n учаскелік хаттамада сайлаушылар немесе бюллетеньдер көрсетілмеген; олар алынып тасталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saylau forensics: %n precinct protocol(s) give no votes for %1; left out</source>
        <translation>
            <numerusform>saylau forensics: %n учаскелік хаттамада %1 үшін дауыстар көрсетілмеген; ол алынып тасталды</numerusform>
            <numerusform>saylau forensics: %n учаскелік хаттамада %1 үшін дауыстар көрсетілмеген; олар алынып тасталды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForensicsData</name>
    <message>
        <source>the form of %1 does not define voters, valid and invalid ballots</source>
        <translation>%1 нысанында сайлаушылар, жарамды және жарамсыз бюллетеньдер анықталмаған</translation>
    </message>
    <message>
        <source>%1 has no parties on its ballot</source>
        <translation>%1 бюллетенінде партиялар жоқ</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(өңірсіз)</translation>
    </message>
    <message>
        <source>no party &quot;%1&quot; on the ballot of %2</source>
        <translation>%2 бюллетенінде &quot;%1&quot; партиясы жоқ</translation>
    </message>
    <message>
        <source>no region &quot;%1&quot; among the precincts</source>
        <translation>учаскелер арасында &quot;%1&quot; өңірі жоқ</translation>
    </message>
    <message>
        <source>%1 has no precinct protocols of %2 with voters and ballots</source>
        <translation>%1: сайлаушылар мен бюллетеньдер көрсетілген учаскелік хаттамалар (%2) жоқ</translation>
    </message>
    <message>
        <source>%1 has no precinct protocols of %2 with votes for %3</source>
        <translation>%1: %3 үшін дауыстар көрсетілген учаскелік хаттамалар (%2) жоқ</translation>
    </message>
    <message>
        <source>any party</source>
        <translation>кез келген партия</translation>
    </message>
</context>
<context>
    <name>ForensicsReport</name>
    <message>
        <source>Per precinct: V voters on the list, B ballots in the boxes (valid + invalid), L the leader&apos;s votes; turnout t = B/V, leader&apos;s share s = L/B. Integer test (Kobak, Shpilkin &amp; Pshenichnikov 2016): precincts whose 100·t or 100·s lies within 0.05 of a whole number, precincts with V &lt; 100 left out; expected from a Monte Carlo null, B* ~ Binomial(V, t), L* ~ Binomial(B*, s).</source>
        <translation>Әр учаске бойынша: V — тізімдегі сайлаушылар, B — жәшіктердегі бюллетеньдер (жарамды + жарамсыз), L — көшбасшының дауыстары; қатысу t = B/V, көшбасшының үлесі s = L/B. Бүтін сан тесті (Kobak, Shpilkin &amp; Pshenichnikov 2016): 100·t немесе 100·s мәні бүтін саннан 0.05 шегінде жатқан учаскелер, V &lt; 100 учаскелер алынып тасталады; күтілетін мән Монте-Карло нөлдік моделінен алынады, B* ~ Binomial(V, t), L* ~ Binomial(B*, s).</translation>
    </message>
    <message>
        <source>Election forensics: %1, %2; leader: %3</source>
        <translation>Сайлаудың статистикалық талдауы: %1, %2; көшбасшы: %3</translation>
    </message>
    <message>
        <source>Precincts: %1; in the integer test: %2; left out: %3 with fewer than 100 voters, %4 with no ballots or more ballots than voters.</source>
        <translation>Учаскелер: %1; бүтін сан тестінде: %2; алынып тасталғаны: сайлаушылары 100-ден аз %3 учаске, бюллетеньдері жоқ немесе бюллетеньдері сайлаушылардан көп %4 учаске.</translation>
    </message>
    <message numerus="yes">
        <source>Integer percentages (within 0.05 of a whole number); expected: %Ln Monte Carlo draw(s), seed %1.</source>
        <translation>
            <numerusform>Бүтін пайыздар (бүтін саннан 0.05 шегінде); күтілетін мән: %Ln Монте-Карло сынағы, бастапқы мән %1.</numerusform>
            <numerusform>Бүтін пайыздар (бүтін саннан 0.05 шегінде); күтілетін мән: %Ln Монте-Карло сынағы, бастапқы мән %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>қатысу</translation>
    </message>
    <message>
        <source>leader&apos;s share</source>
        <translation>көшбасшы үлесі</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>нақты</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>күтілетін</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>excess</source>
        <translation>артығы</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Regions with the highest z (%1 of %2):</source>
        <translation>z мәні ең жоғары өңірлер (%2 өңірдің ішінен %1):</translation>
    </message>
    <message>
        <source>precincts</source>
        <translation>учаскелер</translation>
    </message>
    <message>
        <source>Excess votes of %1 (Shpilkin&apos;s method), a model-based estimate:</source>
        <translation>%1: артық дауыстар (Shpilkin әдісі), модельге негізделген бағалау:</translation>
    </message>
    <message>
        <source>clean turnout: up to %1% (the mode of the others&apos; votes over turnout); the leader&apos;s share there %2%</source>
        <translation>таза қатысу: %1%-ға дейін (басқалар дауыстарының қатысу бойынша модасы); онда көшбасшының үлесі %2%</translation>
    </message>
    <message>
        <source>above it: %1 precincts, the leader&apos;s votes %2, expected from the others&apos; votes %3</source>
        <translation>одан жоғары: %1 учаске, көшбасшының дауыстары %2, басқалардың дауыстары бойынша күтілгені %3</translation>
    </message>
    <message>
        <source>excess: %1 votes, %2% of the leader&apos;s %3</source>
        <translation>артығы: %1 дауыс, көшбасшының %3 дауысының %2%-ы</translation>
    </message>
    <message>
        <source>Left out before the test: %1 precinct protocol(s) without voters or ballots, %2 without votes for %3.</source>
        <translation>Тестке дейін алынып тасталғаны: сайлаушылар немесе бюллетеньдер көрсетілмеген %1 учаскелік хаттама, %3 үшін дауыстар көрсетілмеген %2 хаттама.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s) give no votes for some other party: they stay in the test and the estimate, which need only V, B and L.</source>
        <translation>
            <numerusform>%Ln учаскеде басқа бір партия үшін дауыстар көрсетілмеген: тест пен бағалауға тек V, B және L қажет болғандықтан, бұл учаске оларда қалады.</numerusform>
            <numerusform>%Ln учаскеде басқа бір партия үшін дауыстар көрсетілмеген: тест пен бағалауға тек V, B және L қажет болғандықтан, бұл учаскелер оларда қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol gives votes for %1: not on this election&apos;s ballot, left out.</source>
        <translation>Ешбір хаттамада %1 үшін дауыстар жоқ: бұл сайлаудың бюллетенінде жоқ, алынып тасталды.</translation>
    </message>
</context>
<context>
    <name>FormEvaluator</name>
    <message>
        <source>formula &quot;%1&quot;: only one comparison is allowed</source>
        <translation>&quot;%1&quot; формуласы: тек бір салыстыруға рұқсат етіледі</translation>
    </message>
    <message>
        <source>formula &quot;%1&quot; has no comparison (=, &lt;=, &gt;=, &lt;, &gt;)</source>
        <translation>&quot;%1&quot; формуласында салыстыру жоқ (=, &lt;=, &gt;=, &lt;, &gt;)</translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; of form %2: %3</source>
        <translation>%2 нысанының &quot;%1&quot; көрсеткіші: %3</translation>
    </message>
</context>
<context>
    <name>HistoryChain</name>
    <message>
        <source>reading the protocol history failed: %1</source>
        <translation>хаттама тарихын оқу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>recording the end of the protocol history failed: %1</source>
        <translation>хаттама тарихының соңын жазу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>preparing the protocol history</source>
        <translation>хаттама тарихын дайындау</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>reading the end of the protocol history</source>
        <translation>хаттама тарихының соңын оқу</translation>
    </message>
    <message>
        <source>recording the protocol&apos;s history</source>
        <translation>хаттама тарихын жазу</translation>
    </message>
    <message>
        <source>it was added after the last row SaylauDesk wrote</source>
        <translation>ол SaylauDesk жазған соңғы жолдан кейін қосылған</translation>
    </message>
    <message>
        <source>it does not follow the row before it: a row was deleted, inserted or moved before it</source>
        <translation>ол алдыңғы жолдың жалғасы емес: одан бұрын жол жойылған, кірістірілген немесе жылжытылған</translation>
    </message>
    <message>
        <source>its content does not match its hash: it was changed after it was written</source>
        <translation>оның мазмұны хэшіне сәйкес келмейді: ол жазылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>the history was last written up to row %1: the rows after this one were deleted, or its end was rewritten</source>
        <translation>тарих соңғы рет %1 жолға дейін жазылған: осыдан кейінгі жолдар жойылған немесе оның соңы қайта жазылған</translation>
    </message>
    <message>
        <source>hashing the protocol history failed: %1</source>
        <translation>хаттама тарихының хэшін есептеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>recording the end of the protocol history</source>
        <translation>хаттама тарихының соңын жазу</translation>
    </message>
    <message>
        <source>reading the protocol history</source>
        <translation>хаттама тарихын оқу</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The observer copy (default: the first one).</source>
        <translation>Бақылаушы көшірмесі (әдепкі бойынша: біріншісі).</translation>
    </message>
    <message>
        <source>%1 has no precinct No. %2</source>
        <translation>%1 ішінде № %2 учаске жоқ</translation>
    </message>
    <message>
        <source>precinct %1, %2, revision %3, %4, control relation errors: %5</source>
        <translation>%1 учаске, %2, %3-редакция, %4, бақылау арақатынасының қателері: %5</translation>
    </message>
    <message>
        <source>not checked (imported)</source>
        <translation>тексерілмеген (импортталған)</translation>
    </message>
    <message>
        <source>Show every save of a precinct&apos;s protocol, typed or imported: who, when, what changed</source>
        <translation>Учаске хаттамасының әрбір сақталуын көрсету, енгізілген не импортталған: кім, қашан, не өзгерді</translation>
    </message>
    <message>
        <source>Whose protocol: observer (the default) or official.</source>
        <translation>Кімнің хаттамасы: observer (әдепкі) немесе official.</translation>
    </message>
    <message>
        <source>precinct No. %1 has no %2 protocol of %3</source>
        <translation>№ %1 учаскеде %3 сайлауы бойынша %2 хаттамасы жоқ</translation>
    </message>
    <message>
        <source>The precinct&apos;s number.</source>
        <translation>Учаске нөмірі.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>расталған</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>енгізілген</translation>
    </message>
</context>
<context>
    <name>HistoryStateCheck</name>
    <message>
        <source>reading the protocols and their history</source>
        <translation>хаттамаларды және олардың тарихын оқу</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import official or observer results from a CSV file</source>
        <translation>CSV файлынан ресми немесе бақылаушы нәтижелерін импорттау</translation>
    </message>
    <message>
        <source>Contest to import into (may be left out when the file has one).</source>
        <translation>Импорт жасалатын сайлау (файлда біреу ғана болса, көрсетпеуге болады).</translation>
    </message>
    <message>
        <source>Whose figures: official or observer.</source>
        <translation>Кімнің деректері: official (ресми) немесе observer (бақылаушы).</translation>
    </message>
    <message>
        <source>Column mapping (JSON) to start from; headers it does not name are matched automatically.</source>
        <translation>Бастапқы бағандарды сәйкестендіру (JSON); онда аталмаған тақырыптар автоматты түрде сәйкестендіріледі.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Write the mapping used to this JSON file.</source>
        <translation>Қолданылған сәйкестендіруді осы JSON файлына жазу.</translation>
    </message>
    <message>
        <source>Add the file&apos;s parties to the contest&apos;s ballot, in column order.</source>
        <translation>Файлдағы партияларды сайлау бюллетеніне бағандар ретімен қосу.</translation>
    </message>
    <message>
        <source>Check and report, store nothing.</source>
        <translation>Тексеріп, есеп беру, ештеңе сақтамау.</translation>
    </message>
    <message>
        <source>A column that maps to nothing is an error.</source>
        <translation>Ешнәрсеге сәйкестендірілмеген баған — қате.</translation>
    </message>
    <message>
        <source>Import the good rows; write the bad ones with reasons to this file.</source>
        <translation>Дұрыс жолдарды импорттау; қате жолдарды себептерімен осы файлға жазу.</translation>
    </message>
    <message>
        <source>rejects.csv</source>
        <translation>rejects.csv</translation>
    </message>
    <message>
        <source>What a row is: precinct, district (TIK) or region.</source>
        <translation>Жол неге сәйкес келеді: precinct (учаске), district (АСК) немесе region (өңір).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>деңгей</translation>
    </message>
    <message>
        <source>Label of this observer copy (several copies of one precinct are kept apart by it).</source>
        <translation>Осы бақылаушы көшірмесінің белгісі (бір учаскенің бірнеше көшірмесі осы арқылы ажыратылады).</translation>
    </message>
    <message>
        <source>label</source>
        <translation>белгі</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>stderr-ге барыс көрсетілмейді.</translation>
    </message>
    <message>
        <source>%1: %2, %3-separated</source>
        <translation>%1: %2, бөлгіш — %3</translation>
    </message>
    <message>
        <source>using the column mapping saved for files of this shape</source>
        <translation>осындай құрылымдағы файлдар үшін сақталған бағандар сәйкестендіруі қолданылады</translation>
    </message>
    <message>
        <source>importing... %1%</source>
        <translation>импортталуда... %1%</translation>
    </message>
    <message>
        <source>Dry run, nothing stored: %1 rows would be imported into %2 (%3)</source>
        <translation>Сынақ іске қосу, ештеңе сақталмады: %1 жол %2 ішіне импортталар еді (%3)</translation>
    </message>
    <message>
        <source>Imported %1 rows into %2 (%3)</source>
        <translation>%1 жол %2 ішіне импортталды (%3)</translation>
    </message>
    <message>
        <source>  rows read: %1; new: %2; replaced: %3; unchanged: %4; rejected: %5; totals rows skipped: %6</source>
        <translation>  оқылған жолдар: %1; жаңа: %2; ауыстырылған: %3; өзгеріссіз: %4; қабылданбаған: %5; өткізіп жіберілген жиынтық жолдар: %6</translation>
    </message>
    <message>
        <source>  added to the ballot: %1. %2</source>
        <translation>  бюллетеньге қосылды: %1. %2</translation>
    </message>
    <message>
        <source>  column kept as text (maps to nothing): %1</source>
        <translation>  мәтін ретінде сақталған баған (ешнәрсеге сәйкес емес): %1</translation>
    </message>
    <message>
        <source>  rejected rows and reasons: %1</source>
        <translation>  қабылданбаған жолдар мен себептері: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Print how each column is mapped (always done with --dry-run).</source>
        <translation>Әр баған қалай сәйкестендірілгенін шығару (--dry-run кезінде әрқашан шығарылады).</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Бағандарды сәйкестендіру:</translation>
    </message>
    <message>
        <source> (match %1%)</source>
        <translation> (сәйкестік %1%)</translation>
    </message>
    <message>
        <source>Who imports: named in the import record and in the history of every protocol whose figures the file replaces.</source>
        <translation>Кім импорттайды: импорт жазбасында және файл деректерін алмастыратын әрбір хаттаманың тарихында көрсетіледі.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>How long to wait, when another program is writing to the campaign, before giving up (default %1).</source>
        <translation>Науқанға басқа бағдарлама жазып жатқанда, бас тартпас бұрын қанша күту керек (әдепкі: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунд</translation>
    </message>
    <message>
        <source>  units counted by a TIK itself (rows with a TIK and no precinct): %1</source>
        <translation>  АСК-ның өзі санаған бірліктер (АСК көрсетілген, учаскесі жоқ жолдар): %1</translation>
    </message>
    <message>
        <source>The file is a precinct list (region, TIK, precinct, address): create the precincts it names and set their addresses; no figures are stored.</source>
        <translation>Файл — учаскелер тізімі (өңір, АСК, учаске, мекенжай): онда аталған учаскелерді құрып, мекенжайларын жазу; хаттама деректері сақталмайды.</translation>
    </message>
    <message>
        <source>The results file, or with --territory-only the precinct list.</source>
        <translation>Нәтижелер файлы немесе --territory-only болғанда учаскелер тізімі.</translation>
    </message>
    <message>
        <source>--source must be official or observer</source>
        <translation>--source official немесе observer болуы керек</translation>
    </message>
    <message>
        <source>--wait must be a whole number of seconds</source>
        <translation>--wait секундтардың бүтін саны болуы керек</translation>
    </message>
    <message>
        <source>  of these, TIK subtotal rows: %1 (a TIK and no precinct, and counts equal to the sum of the TIK&apos;s precincts)</source>
        <translation>  олардың ішінде АСК аралық жиынтық жолдары: %1 (АСК көрсетілген, учаскесі жоқ, сандары сол АСК учаскелерінің қосындысына тең)</translation>
    </message>
    <message>
        <source>  new territory: %1</source>
        <translation>  жаңа аумақ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln өңір</numerusform>
            <numerusform>%Ln өңір</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln TIK(s)</source>
        <translation>
            <numerusform>%Ln АСК</numerusform>
            <numerusform>%Ln АСК</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s)</source>
        <translation>
            <numerusform>%Ln учаске</numerusform>
            <numerusform>%Ln учаске</numerusform>
        </translation>
    </message>
    <message>
        <source>  no region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK)</source>
        <translation>  өңір бағаны жоқ: АСК мен учаскелер аумақтар ағашының жоғарғы деңгейіне, ешбір өңірге кірмей орналастырылды (аттас АСК бір АСК болып саналады)</translation>
    </message>
    <message>
        <source>For a file of one region without a region column: the campaign&apos;s region its rows lie in.</source>
        <translation>Өңір бағаны жоқ бір өңірдің файлы үшін: жолдары жататын науқан өңірі.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import Results</source>
        <translation>Нәтижелерді импорттау</translation>
    </message>
    <message>
        <source>Column Mapping — %1</source>
        <translation>Бағандарды сәйкестендіру — %1</translation>
    </message>
    <message>
        <source>The import was cancelled. The campaign is as it was before.</source>
        <translation>Импорт тоқтатылды. Науқан бұрынғы күйінде қалды.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Writing to the campaign file…</source>
        <translation>Науқан файлына жазылуда…</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Импорт сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Nothing was imported: the campaign is as it was before.

%1</source>
        <translation>Ештеңе импортталмады: науқан бұрынғы күйінде қалды.

%1</translation>
    </message>
    <message>
        <source>Import the &amp;Good Rows…</source>
        <translation>&amp;Дұрыс жолдарды импорттау…</translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation>Қабылданбаған жолдар</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>official figures</source>
        <translation>ресми деректер</translation>
    </message>
    <message>
        <source>observer copies</source>
        <translation>бақылаушы көшірмелері</translation>
    </message>
    <message>
        <source>%1 rows of %2 imported into %3.</source>
        <translation>%2 ішінен %1 жол %3 ішіне импортталды.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Жаңа: %1</translation>
    </message>
    <message>
        <source>Replaced (the figures differed): %1</source>
        <translation>Ауыстырылды (деректер өзгеше еді): %1</translation>
    </message>
    <message>
        <source>Unchanged (the same figures): %1</source>
        <translation>Өзгеріссіз (деректер бірдей): %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Қабылданбады: %1</translation>
    </message>
    <message>
        <source>Totals rows skipped: %1</source>
        <translation>Өткізіп жіберілген жиынтық жолдар: %1</translation>
    </message>
    <message>
        <source>Added to the ballot: %1. %2</source>
        <translation>Бюллетеньге қосылды: %1. %2</translation>
    </message>
    <message>
        <source>Columns kept as text (they map to nothing): %1</source>
        <translation>Мәтін ретінде сақталған бағандар (ешнәрсеге сәйкес емес): %1</translation>
    </message>
    <message>
        <source>The rejected rows and the reasons are in %1</source>
        <translation>Қабылданбаған жолдар мен себептері %1 ішінде</translation>
    </message>
    <message numerus="yes">
        <source>New territory: %Ln region(s)</source>
        <translation>
            <numerusform>Жаңа аумақ: %Ln өңір</numerusform>
            <numerusform>Жаңа аумақ: %Ln өңір</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln TIK(s)</source>
        <translation>
            <numerusform>%Ln АСК</numerusform>
            <numerusform>%Ln АСК</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s)</source>
        <translation>
            <numerusform>%Ln учаске</numerusform>
            <numerusform>%Ln учаске</numerusform>
        </translation>
    </message>
    <message>
        <source>Units counted by a TIK itself (rows with a TIK and no precinct): %1</source>
        <translation>АСК-ның өзі санаған бірліктер (АСК көрсетілген, учаскесі жоқ жолдар): %1</translation>
    </message>
    <message>
        <source>Of these, TIK subtotal rows (a TIK and no precinct, counts equal to the sum of the TIK&apos;s precincts): %1</source>
        <translation>Олардың ішінде АСК аралық жиынтық жолдары (АСК көрсетілген, учаскесі жоқ, сандары сол АСК учаскелерінің қосындысына тең): %1</translation>
    </message>
    <message>
        <source>No region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK).</source>
        <translation>Өңір бағаны жоқ: АСК мен учаскелер аумақтар ағашының жоғарғы деңгейіне, ешбір өңірге кірмей орналастырылды (аттас АСК бір АСК болып саналады).</translation>
    </message>
    <message>
        <source>No region column: the TIKs and precincts are in the region %1, as chosen.</source>
        <translation>Өңір бағаны жоқ: АСК мен учаскелер таңдалған %1 өңіріне орналастырылды.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>figures are imported per precinct, TIK or region, not for the whole country</source>
        <translation>деректер бүкіл ел бойынша емес, учаске, АСК немесе өңір бойынша импортталады</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 бос</translation>
    </message>
    <message>
        <source>%1: the mapping has %2 columns, the file %3</source>
        <translation>%1: сәйкестендіруде %2 баған, файлда %3</translation>
    </message>
    <message>
        <source>the region (region, регион, область)</source>
        <translation>өңір (region, регион, область)</translation>
    </message>
    <message>
        <source>the TIK (tik, ТИК, район)</source>
        <translation>АСК (tik, ТИК, район)</translation>
    </message>
    <message>
        <source>the precinct number (uik, УИК, участок)</source>
        <translation>учаске нөмірі (uik, УИК, участок)</translation>
    </message>
    <message>
        <source>%1: no column gives %2; name it in the header or in a mapping file</source>
        <translation>%1: %2 көрсетілген баған жоқ; оны тақырыпта немесе сәйкестендіру файлында атаңыз</translation>
    </message>
    <message>
        <source>%1, column %2 &quot;%3&quot;</source>
        <translation>%1, %2 баған &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 maps to nothing (--strict); map it or drop --strict to keep it as text</source>
        <translation>%1 ешнәрсеге сәйкес емес (--strict); оны сәйкестендіріңіз немесе мәтін ретінде сақтау үшін --strict алып тастаңыз</translation>
    </message>
    <message>
        <source>%1 and column %2 both map to %3</source>
        <translation>%1 және %2 баған екеуі де %3 мәніне сәйкестендірілген</translation>
    </message>
    <message>
        <source>%1 maps to line %2, which the form %3 does not have</source>
        <translation>%1 %2 жолына сәйкестендірілген, бірақ %3 нысанында ондай жол жоқ</translation>
    </message>
    <message>
        <source>%1: no column maps to a line of the form or a party</source>
        <translation>%1: ешбір баған нысан жолына немесе партияға сәйкес келмейді</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>жол</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>себеп</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>%1 импорты</translation>
    </message>
    <message>
        <source>%1: %2 appears twice (first on line %3)</source>
        <translation>%1: %2 екі рет кездеседі (алғаш %3 жолда)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the header has a control character (%4)</source>
        <translation>%1, %2 жол, %3 баған: тақырыпта басқару таңбасы бар (%4)</translation>
    </message>
    <message>
        <source>a precinct list has a precinct on every row; it cannot be read at another level</source>
        <translation>учаскелер тізімінің әр жолы — учаске; оны басқа деңгейде оқуға болмайды</translation>
    </message>
    <message>
        <source>%1: no precinct number; every row of a precinct list needs one</source>
        <translation>%1: учаске нөмірі жоқ; учаскелер тізімінің әр жолында ол болуы керек</translation>
    </message>
    <message>
        <source>Dry run, nothing stored: a precinct list of %1 rows</source>
        <translation>Сынақ жүргізу, ештеңе сақталмады: %1 жолдан тұратын учаскелер тізімі</translation>
    </message>
    <message>
        <source>Imported a precinct list of %1 rows</source>
        <translation>%1 жолдан тұратын учаскелер тізімі импортталды</translation>
    </message>
    <message>
        <source>  regions: %1 created, %2 unchanged</source>
        <translation>  өңірлер: %1 құрылды, %2 өзгеріссіз</translation>
    </message>
    <message>
        <source>  TIKs: %1 created, %2 unchanged</source>
        <translation>  АСК: %1 құрылды, %2 өзгеріссіз</translation>
    </message>
    <message>
        <source>  precincts: %1 created, %2 with a new address, %3 unchanged</source>
        <translation>  учаскелер: %1 құрылды, %2 жаңа мекенжаймен, %3 өзгеріссіз</translation>
    </message>
    <message>
        <source>  column ignored (a precinct list keeps territory and addresses only): %1</source>
        <translation>  баған өткізілді (учаскелер тізімінде тек аумақтар мен мекенжайлар сақталады): %1</translation>
    </message>
    <message>
        <source>  rejected rows: %1</source>
        <translation>  қабылданбаған жолдар: %1</translation>
    </message>
    <message>
        <source>  column %1 &quot;%2&quot;</source>
        <translation>  %1 баған &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a protocol line gets &quot;target&quot;: &quot;line:KEY&quot; in a mapping file, KEY being its number on the form %1</source>
        <translation>сәйкестендіру файлында хаттама жолына &quot;target&quot;: &quot;line:KEY&quot; беріледі, мұндағы KEY — оның %1 нысанындағы нөмірі</translation>
    </message>
    <message>
        <source>a party or candidate on the ballot of %1 (%2) gets &quot;target&quot;: &quot;party:N&quot; in a mapping file; --ballot-from-file adds a column to the ballot as a new entry, so it is only for entries the ballot lacks (a file of another election belongs in a contest with that election&apos;s ballot)</source>
        <translation>%1 бюллетеніндегі (%2) партияға немесе кандидатқа сәйкестендіру файлында &quot;target&quot;: &quot;party:N&quot; беріледі; --ballot-from-file бағанды бюллетеньге жаңа жазба ретінде қосады, сондықтан ол тек бюллетеньде жоқ жазбалар үшін қолданылады (басқа сайлаудың файлы сол сайлаудың бюллетені бар сайлауға импортталуы керек)</translation>
    </message>
    <message>
        <source>candidates or parties are taken as the ballot with --ballot-from-file</source>
        <translation>кандидаттар немесе партиялар --ballot-from-file арқылы бюллетень ретінде алынады</translation>
    </message>
    <message>
        <source>&quot;target&quot;: &quot;extra&quot; in a mapping file keeps a column as text on purpose</source>
        <translation>сәйкестендіру файлындағы &quot;target&quot;: &quot;extra&quot; бағанды әдейі мәтін ретінде сақтайды</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s) hold counts but map to nothing, so their votes would be lost:</source>
        <translation>
            <numerusform>%1: %n бағанда сандар бар, бірақ ол ешнәрсеге сәйкестендірілмеген, сондықтан оның дауыстары жоғалар еді:</numerusform>
            <numerusform>%1: %n бағанда сандар бар, бірақ олар ешнәрсеге сәйкестендірілмеген, сондықтан олардың дауыстары жоғалар еді:</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix (a mapping file is given with --mapping M.json): %1.</source>
        <translation>Түзету үшін (сәйкестендіру файлы --mapping M.json арқылы беріледі): %1.</translation>
    </message>
    <message>
        <source>%1: &quot;target&quot;: &quot;party:%2&quot; is %3 on the ballot, but &quot;party&quot; names %4</source>
        <translation>%1: &quot;target&quot;: &quot;party:%2&quot; бюллетеньде — %3, бірақ &quot;party&quot; мәнінде %4 аталған</translation>
    </message>
    <message>
        <source>%1: the column mapping saved in the campaign for files of this shape puts votes on parties other than the ones it names:</source>
        <translation>%1: науқанда осындай құрылымдағы файлдар үшін сақталған бағандар сәйкестендіруі дауыстарды онда аталған партияларға емес, басқа партияларға жазады:</translation>
    </message>
    <message>
        <source>%1: the column mapping puts votes on parties other than the ones it names:</source>
        <translation>%1: бағандар сәйкестендіруі дауыстарды онда аталған партияларға емес, басқа партияларға жазады:</translation>
    </message>
    <message>
        <source>Correct &quot;target&quot; or &quot;party&quot; in a mapping file (--mapping M.json); the ballot of %1: %2.</source>
        <translation>Сәйкестендіру файлында (--mapping M.json) &quot;target&quot; немесе &quot;party&quot; мәнін түзетіңіз; %1 бюллетені: %2.</translation>
    </message>
    <message>
        <source>%1 (party %2)</source>
        <translation>%1 (%2 партия)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s) are parties not on the ballot of %2:</source>
        <translation>
            <numerusform>%1: %n баған — %2 бюллетенінде жоқ партия:</numerusform>
            <numerusform>%1: %n баған — %2 бюллетенінде жоқ партиялар:</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix: use --ballot-from-file to take the ballot from the file.</source>
        <translation>Түзету үшін: бюллетеньді файлдан алу үшін --ballot-from-file қолданыңыз.</translation>
    </message>
    <message>
        <source>To fix: a party the ballot has under another name or number gets &quot;target&quot;: &quot;party:N&quot; in a mapping file (--mapping M.json), N from the ballot (%1); --ballot-from-file adds parties the ballot lacks.</source>
        <translation>Түзету үшін: бюллетеньде басқа атаумен немесе нөмірмен тұрған партияға сәйкестендіру файлында (--mapping M.json) &quot;target&quot;: &quot;party:N&quot; беріледі, мұндағы N — бюллетеньдегі нөмір (%1); --ballot-from-file бюллетеньде жоқ партияларды қосады.</translation>
    </message>
    <message>
        <source> (columns kept as text: %1)</source>
        <translation> (мәтін ретінде сақталған бағандар: %1)</translation>
    </message>
    <message>
        <source>Warning: the control relation %1 fails on every one of the %2 rows it could be checked on; the columns are probably mapped to the wrong lines or parties (check with --dry-run --show-mapping)</source>
        <translation>Ескерту: %1 бақылау арақатынасы оны тексеруге болған барлық жолда (%2) орындалмайды; бағандар қате жолдарға немесе партияларға сәйкестендірілген болуы мүмкін (--dry-run --show-mapping арқылы тексеріңіз)</translation>
    </message>
    <message>
        <source>  no region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK)</source>
        <translation>  өңір бағаны жоқ: АСК мен учаскелер аумақтар ағашының жоғарғы деңгейіне, ешбір өңірге кірмей орналастырылды (аттас АСК бір АСК болып саналады)</translation>
    </message>
    <message>
        <source>%1: --region is for a file without a region column, and this one has one (%2)</source>
        <translation>%1: --region өңір бағаны жоқ файлға арналған, ал бұл файлда ол бар (%2)</translation>
    </message>
    <message>
        <source>%1: the campaign has no region &quot;%2&quot; (--region names one of its regions, as the navigator shows it or in another of its languages)</source>
        <translation>%1: науқанда &quot;%2&quot; өңірі жоқ (--region оның өңірлерінің бірін навигатордағыдай немесе оның басқа тілдерінің бірінде атайды)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no column gives the region, and the campaign has %n region(s): the file&apos;s TIKs and precincts would be placed beside them, in no region. Name the region column in the header (Регион, Субъект РФ, Облыс, Region) or in a mapping file (--mapping M.json, &quot;target&quot;: &quot;region&quot;), or add such a column to the file; saylau import --region NAME places a file of one region&apos;s TIKs in it</source>
        <translation>
            <numerusform>%1: ешбір баған өңірді бермейді, ал науқанда %n өңір бар: файлдың АСК-лары мен учаскелері олардың қасында, ешбір өңірге кірмей орналасар еді. Өңір бағанын тақырыпта (Регион, Субъект РФ, Облыс, Region) немесе сәйкестендіру файлында (--mapping M.json, &quot;target&quot;: &quot;region&quot;) атаңыз не файлға осындай баған қосыңыз; saylau import --region АТАУЫ бір өңірдің АСК-лары бар файлды сол өңірге орналастырады</numerusform>
            <numerusform>%1: ешбір баған өңірді бермейді, ал науқанда %n өңір бар: файлдың АСК-лары мен учаскелері олардың қасында, ешбір өңірге кірмей орналасар еді. Өңір бағанын тақырыпта (Регион, Субъект РФ, Облыс, Region) немесе сәйкестендіру файлында (--mapping M.json, &quot;target&quot;: &quot;region&quot;) атаңыз не файлға осындай баған қосыңыз; saylau import --region АТАУЫ бір өңірдің АСК-лары бар файлды сол өңірге орналастырады</numerusform>
        </translation>
    </message>
    <message>
        <source>. The row after the header reads like the header itself: the first row seems to hold titles over groups of columns; delete it and import again</source>
        <translation>. Тақырыптан кейінгі жол тақырыптың өзіне ұқсайды: бірінші жолда баған топтарының атаулары тұрған сияқты; оны жойып, қайта импорттаңыз</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n columns name precincts or TIKs (%2): the table seems to have one precinct or TIK per column and the protocol&apos;s lines as rows. A file has one precinct per row: transpose the table (in a spreadsheet: copy it, then Paste Special, Transpose) and import again</source>
        <translation>
            <numerusform>%1: %n баған учаскелерді немесе АСК-ны атайды (%2): кестеде әр бағанда бір учаске не АСК, ал хаттама жолдары жол бойынша тұрған сияқты. Файлда әр жолда бір учаске болуы керек: кестені транспонирлеңіз (электрондық кестеде: көшіріп алып, «Арнайы қою», «Транспонирлеу») және қайта импорттаңыз</numerusform>
            <numerusform>%1: %n баған учаскелерді немесе АСК-ны атайды (%2): кестеде әр бағанда бір учаске не АСК, ал хаттама жолдары жол бойынша тұрған сияқты. Файлда әр жолда бір учаске болуы керек: кестені транспонирлеңіз (электрондық кестеде: көшіріп алып, «Арнайы қою», «Транспонирлеу») және қайта импорттаңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this TIK&apos;s row without a precinct is not imported: with the TIK&apos;s row on line %2 rejected, it cannot be told from the TIK&apos;s subtotal; correct that row and import the whole file again</source>
        <translation>%1: бұл АСК-ның учаскесіз жолы импортталмады: АСК-ның %2-жолдағы жолы қабылданбағандықтан, оны АСК-ның аралық жиынтығынан ажырату мүмкін емес; сол жолды түзетіп, бүкіл файлды қайта импорттаңыз</translation>
    </message>
    <message>
        <source>%1: %2 is outside the regions of office %3&apos;s kit (%4): headquarters would set it aside; import it at headquarters, or at the office whose kit holds that region</source>
        <translation>%1: %2 — %3 кеңсесі жинағының өңірлерінен (%4) тыс: штаб мұндай жолды шетке қояр еді; оны штабта немесе жинағында сол өңір бар кеңседе импорттаңыз</translation>
    </message>
    <message>
        <source>a row in no region</source>
        <translation>өңірсіз жол</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new campaign file from a preset</source>
        <translation>Үлгіден жаңа науқан файлын жасау</translation>
    </message>
    <message>
        <source>Campaign preset (see saylau presets).</source>
        <translation>Науқан үлгісі (saylau presets қараңыз).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Created %1 from preset %2 (%3)</source>
        <translation>%1 файлы %2 үлгісінен жасалды (%3)</translation>
    </message>
    <message>
        <source>The campaign file to create.</source>
        <translation>Жасалатын науқан файлы.</translation>
    </message>
    <message>
        <source>The election&apos;s name, for an election the preset does not describe.</source>
        <translation>Сайлау атауы — үлгі сипаттамайтын сайлау үшін.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>The election&apos;s date, for an election the preset does not describe.</source>
        <translation>Сайлау күні — үлгі сипаттамайтын сайлау үшін.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Start with empty ballots: the first import with --ballot-from-file fills them.</source>
        <translation>Бос бюллетеньдерден бастау: оларды --ballot-from-file арқылы жасалған алғашқы импорт толтырады.</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name бос болмауы керек</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date ЖЖЖЖ-АА-КК түрінде жазылған күн болуы керек, &quot;%1&quot; емес</translation>
    </message>
    <message>
        <source>Election: %1, %2; ballots: %3</source>
        <translation>Сайлау: %1, %2; бюллетеньдер: %3</translation>
    </message>
    <message>
        <source>empty, for the first import with --ballot-from-file</source>
        <translation>бос, --ballot-from-file арқылы жасалатын алғашқы импорт үшін</translation>
    </message>
    <message>
        <source>the preset&apos;s</source>
        <translation>үлгідегідей</translation>
    </message>
</context>
<context>
    <name>InitServerCommand</name>
    <message>
        <source>Create a campaign on a PostgreSQL server with the roles operator, coordinator and analyst</source>
        <translation>PostgreSQL серверінде оператор, үйлестіруші және талдаушы рөлдері бар науқан жасау</translation>
    </message>
    <message>
        <source>postgresql://owner@host:port/database, an empty database the owner owns; without --preset or --from the campaign already there gets its roles.</source>
        <translation>postgresql://owner@host:port/database — иесіне тиесілі бос дерекқор; --preset немесе --from болмаса, рөлдерді ондағы бар науқан алады.</translation>
    </message>
    <message>
        <source>Start from a campaign preset (see saylau presets).</source>
        <translation>Науқан үлгісінен бастау (saylau presets қараңыз).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start from a copy of a campaign file.</source>
        <translation>Науқан файлының көшірмесінен бастау.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>%1 is no server address (postgresql://owner@host:port/database)</source>
        <translation>%1 — сервер мекенжайы емес (postgresql://owner@host:port/database)</translation>
    </message>
    <message>
        <source>give --preset or --from, not both</source>
        <translation>--preset немесе --from көрсетіңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>Created %1 from preset %2 (%3)</source>
        <translation>%1 файлы %2 үлгісінен жасалды (%3)</translation>
    </message>
    <message>
        <source>Copied %1 to %2, verified</source>
        <translation>%1 → %2 көшірілді, тексерілді</translation>
    </message>
    <message>
        <source>Roles on %1: %2 (read only), %3 (enter and save protocols), %4 (also imports, territory, resolving). Give each person a login in one of them, e.g. CREATE ROLE aigerim LOGIN IN ROLE %3; passwords go in the server (and the person&apos;s ~/.pgpass), never in SaylauDesk.</source>
        <translation>%1 ішіндегі рөлдер: %2 (тек оқу), %3 (хаттамаларды енгізу және сақтау), %4 (сондай-ақ импорт, аумақ, қайшылықтарды шешу). Әр адамға солардың бірінде логин беріңіз, мысалы CREATE ROLE aigerim LOGIN IN ROLE %3; құпиясөздер серверде (және адамның ~/.pgpass файлында) сақталады, SaylauDesk ішінде ешқашан емес.</translation>
    </message>
</context>
<context>
    <name>IntegerPercentTest</name>
    <message>
        <source>the Monte Carlo needs at least 2 draws, not %1</source>
        <translation>Монте-Карлоға кемінде 2 сынақ қажет, %1 емес</translation>
    </message>
    <message>
        <source>All precincts</source>
        <translation>Барлық учаскелер</translation>
    </message>
</context>
<context>
    <name>KitCommand</name>
    <message>
        <source>Issue an office&apos;s campaign file with its own signing key (headquarters keeps its public key)</source>
        <translation>Кеңсеге өз қолтаңба кілті бар науқан файлын беру (штаб оның ашық кілтін сақтайды)</translation>
    </message>
    <message>
        <source>The office&apos;s name.</source>
        <translation>Кеңсе атауы.</translation>
    </message>
    <message>
        <source>A region (by code) the office may change; repeat for several. Default: all.</source>
        <translation>Кеңсе өзгерте алатын өңір (коды бойынша); бірнешеуі үшін қайталаңыз. Әдепкі: барлығы.</translation>
    </message>
    <message>
        <source>The office&apos;s new campaign file.</source>
        <translation>Кеңсенің жаңа науқан файлы.</translation>
    </message>
    <message>
        <source>Kit for office %1 written to %2</source>
        <translation>%1 кеңсесіне арналған жинақ %2 ішіне жазылды</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
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
        <translation>күтпеген &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation>жабатын жақша жетіспейді</translation>
    </message>
    <message>
        <source>the formula ends where a line number is expected</source>
        <translation>формула жол нөмірі күтілетін жерде аяқталады</translation>
    </message>
    <message>
        <source>only sum(parties) is known</source>
        <translation>тек sum(parties) белгілі</translation>
    </message>
    <message>
        <source>the form has no line %1</source>
        <translation>нысанда %1 жолы жоқ</translation>
    </message>
    <message>
        <source>formula &quot;%1&quot;, at character %2: %3</source>
        <translation>&quot;%1&quot; формуласы, %2 таңбада: %3</translation>
    </message>
</context>
<context>
    <name>MeasureSolver</name>
    <message>
        <source>form %1 does not define the measure &quot;%2&quot;</source>
        <translation>%1 нысаны &quot;%2&quot; көрсеткішін анықтамайды</translation>
    </message>
    <message>
        <source>form %1: line %2 cannot be derived from the figures given</source>
        <translation>%1 нысаны: %2 жолын берілген деректерден шығару мүмкін емес</translation>
    </message>
    <message>
        <source>form %1: the measure &quot;%2&quot; cannot be %3 together with the other figures given</source>
        <translation>%1 нысаны: &quot;%2&quot; көрсеткіші берілген басқа деректермен бірге %3 бола алмайды</translation>
    </message>
    <message>
        <source>form %1: the figures given break the relation %2 (%3 against %4)</source>
        <translation>%1 нысаны: берілген деректер %2 арақатынасын бұзады (%3 және %4)</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge signed exchange packages into a campaign (exit 1 when conflicts were kept)</source>
        <translation>Қолтаңбалы алмасу пакеттерін науқанға біріктіру (қайшылықтар сақталса, шығу коды 1)</translation>
    </message>
    <message>
        <source>  set aside: %1</source>
        <translation>  шетке қойылды: %1</translation>
    </message>
    <message>
        <source>The packages to merge, all in one transaction.</source>
        <translation>Біріктірілетін пакеттер, бәрі бір транзакцияда.</translation>
    </message>
    <message>
        <source>%1 from %2: %3 new, %4 updated, %5 unchanged, %6 conflicts; %7 photos, %8 history rows, %9 new territory nodes, %10 territory changes</source>
        <translation>%1 (%2): жаңа: %3, жаңартылған: %4, өзгеріссіз: %5, қайшылықтар: %6; фото: %7, тарих жолдары: %8, жаңа аумақ түйіндері: %9, аумақ өзгерістері: %10</translation>
    </message>
    <message>
        <source>  kept, though deleted elsewhere (protocols or photos lie there): %1</source>
        <translation>  басқа жерде жойылса да, сақталды (онда хаттамалар немесе фотолар бар): %1</translation>
    </message>
</context>
<context>
    <name>MergedProtocolWriter</name>
    <message>
        <source>reading a protocol to merge</source>
        <translation>біріктіруге арналған хаттаманы оқу</translation>
    </message>
    <message>
        <source>writing a merged protocol</source>
        <translation>біріктірілген хаттаманы жазу</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>схеманы жаңартуды бастау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>schema step %1 (%2) failed: %3</source>
        <translation>схеманың %1 қадамы (%2) сәтсіз аяқталды: %3</translation>
    </message>
    <message>
        <source>cannot commit schema step %1: %2</source>
        <translation>схеманың %1 қадамын бекіту мүмкін емес: %2</translation>
    </message>
    <message>
        <source>reading %1.%2</source>
        <translation>%1.%2 оқу</translation>
    </message>
    <message>
        <source>rewriting %1.%2</source>
        <translation>%1.%2 қайта жазу</translation>
    </message>
</context>
<context>
    <name>ObserverCopyGenerator</name>
    <message>
        <source>generated from the official figures</source>
        <translation>ресми деректерден генерацияланған</translation>
    </message>
</context>
<context>
    <name>OfficeKit</name>
    <message>
        <source>an office needs a name (--office NAME)</source>
        <translation>кеңсеге атау керек (--office АТАУ)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the kit</source>
        <translation>%1 бұрыннан бар; жинаққа басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>checking the regions</source>
        <translation>өңірлерді тексеру</translation>
    </message>
    <message>
        <source>%1 has no region with the code %2</source>
        <translation>%1 ішінде %2 коды бар өңір жоқ</translation>
    </message>
    <message>
        <source>%1 has issued a kit to an office named %2 already</source>
        <translation>%1 бұрыннан %2 атты кеңсеге жинақ берген</translation>
    </message>
    <message>
        <source>cannot write beside %1: %2</source>
        <translation>%1 жанына жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>cannot put the kit at %1</source>
        <translation>жинақты %1 ішіне орналастыру мүмкін емес</translation>
    </message>
    <message>
        <source>leaving out the other regions</source>
        <translation>басқа өңірлерді алып тастау</translation>
    </message>
    <message>
        <source>preparing the office&apos;s file</source>
        <translation>кеңсе файлын дайындау</translation>
    </message>
</context>
<context>
    <name>OnlineBackup</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a campaign: %2</source>
        <translation>%1 зақымдалған немесе науқан емес: %2</translation>
    </message>
    <message>
        <source>%1 is not a SaylauDesk campaign</source>
        <translation>%1 — SaylauDesk науқаны емес</translation>
    </message>
    <message>
        <source>%1 was written by a newer SaylauDesk</source>
        <translation>%1 файлын SaylauDesk-тің жаңарақ нұсқасы жазған</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 бұрыннан бар; жаңа файл таңдаңыз</translation>
    </message>
    <message>
        <source>cannot copy into %1: %2</source>
        <translation>%1 ішіне көшіру мүмкін емес: %2</translation>
    </message>
    <message>
        <source>copying into %1 failed: %2</source>
        <translation>%1 ішіне көшіру сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>cannot make %1 a single file</source>
        <translation>%1 файлын біртұтас файлға айналдыру мүмкін емес</translation>
    </message>
    <message>
        <source>the copy %1 fails its integrity check: %2</source>
        <translation>%1 көшірмесі тұтастықты тексеруден өтпеді: %2</translation>
    </message>
    <message>
        <source>cannot name the copy %1</source>
        <translation>көшірмеге %1 атауын беру мүмкін емес</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: мұндай файл жоқ</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Precincts with protocols</source>
        <translation>Хаттамасы бар учаскелер</translation>
    </message>
    <message>
        <source>Voters on the list</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Took part (turnout)</source>
        <translation>Дауыс беруге қатысқандар (қатысу)</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Жарамды бюллетеньдер</translation>
    </message>
    <message>
        <source>Turnout: % of the voters on the list. Valid ballots: % of those who took part. Parties: % of %1, as in the summary report.</source>
        <translation>Қатысу: тізімдегі сайлаушылардан %. Жарамды бюллетеньдер: қатысқандардан %. Партиялар: %1 санынан %, жиынтық есептегідей.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Make a signed exchange package for headquarters or for an office</source>
        <translation>Штабқа немесе кеңсеге арналған қолтаңбалы алмасу пакетін жасау</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>Жазылатын пакет файлы.</translation>
    </message>
    <message>
        <source>Everything, not only what the recipient has not confirmed having.</source>
        <translation>Алушы алғанын растамаған деректер ғана емес, барлығы.</translation>
    </message>
    <message>
        <source>The office the package is for (headquarters must name one).</source>
        <translation>Пакет арналған кеңсе (штаб оны көрсетуі керек).</translation>
    </message>
    <message numerus="yes">
        <source>Package for %1: %n protocol revision(s)</source>
        <translation>
            <numerusform>%1 үшін пакет: хаттаманың %n редакциясы</numerusform>
            <numerusform>%1 үшін пакет: хаттаманың %n редакциясы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history row(s)</source>
        <translation>
            <numerusform>тарихтың %n жолы</numerusform>
            <numerusform>тарихтың %n жолы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new territory node(s)</source>
        <translation>
            <numerusform>%n жаңа аумақ түйіні</numerusform>
            <numerusform>%n жаңа аумақ түйіні</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message numerus="yes">
        <source>%n territory change(s)</source>
        <translation>
            <numerusform>%n аумақ өзгерісі</numerusform>
            <numerusform>%n аумақ өзгерісі</numerusform>
        </translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>штаб</translation>
    </message>
</context>
<context>
    <name>PackageLayout</name>
    <message>
        <source>creating the package</source>
        <translation>пакетті жасау</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a package: %2</source>
        <translation>%1 пакет ретінде ашылмайды: %2</translation>
    </message>
</context>
<context>
    <name>PackageMerger</name>
    <message>
        <source>reading the package</source>
        <translation>пакетті оқу</translation>
    </message>
    <message>
        <source>%1: made by %2, not by the office that sent it</source>
        <translation>%1: оны жіберген кеңсе емес, %2 жасаған</translation>
    </message>
    <message>
        <source>%1 is signed by an unknown key (%2): %3 issued no kit with it and has no such headquarters; nothing was merged</source>
        <translation>%1 белгісіз кілтпен қол қойылған (%2): %3 онымен жинақ бермеген және мұндай штабы жоқ; ештеңе біріктірілмеді</translation>
    </message>
    <message>
        <source>%1 has a bad signature: it was altered after %2 signed it; nothing was merged</source>
        <translation>%1 қолтаңбасы жарамсыз: %2 қол қойғаннан кейін ол өзгертілген; ештеңе біріктірілмеді</translation>
    </message>
    <message>
        <source>%1 is not a SaylauDesk package</source>
        <translation>%1 — SaylauDesk пакеті емес</translation>
    </message>
    <message>
        <source>%1 was written by a newer SaylauDesk (package version %2); update the program</source>
        <translation>%1 SaylauDesk-тің жаңарақ нұсқасымен жазылған (пакет нұсқасы %2); бағдарламаны жаңартыңыз</translation>
    </message>
    <message>
        <source>%1 belongs to another campaign (&quot;%2&quot;), not to %3; nothing was merged</source>
        <translation>%1 %3 науқанына емес, басқа науқанға («%2») тиесілі; ештеңе біріктірілмеді</translation>
    </message>
    <message>
        <source>%1 says it comes from %2 but is signed with the key of %3</source>
        <translation>%1 өзін %2 жіберген дейді, бірақ %3 кілтімен қол қойылған</translation>
    </message>
    <message>
        <source>%1 is addressed to %2, not to %3 (%4)</source>
        <translation>%1 %3 үшін емес, %2 үшін арналған (%4)</translation>
    </message>
    <message>
        <source>reading the package&apos;s territory</source>
        <translation>пакет аумағын оқу</translation>
    </message>
    <message>
        <source>adding a precinct from a package</source>
        <translation>пакеттен учаске қосу</translation>
    </message>
    <message>
        <source>reading the campaign&apos;s protocols</source>
        <translation>науқан хаттамаларын оқу</translation>
    </message>
    <message>
        <source>reading the package&apos;s protocols</source>
        <translation>пакет хаттамаларын оқу</translation>
    </message>
    <message>
        <source>reading the package&apos;s photos</source>
        <translation>пакет фотоларын оқу</translation>
    </message>
    <message>
        <source>reading the campaign&apos;s photos</source>
        <translation>науқан фотоларын оқу</translation>
    </message>
    <message>
        <source>adding a photo from a package</source>
        <translation>пакеттен фото қосу</translation>
    </message>
    <message>
        <source>reading the package&apos;s history</source>
        <translation>пакет тарихын оқу</translation>
    </message>
    <message>
        <source>reading the protocol history</source>
        <translation>хаттама тарихын оқу</translation>
    </message>
    <message>
        <source>adding history from a package</source>
        <translation>пакеттен тарих қосу</translation>
    </message>
    <message>
        <source>cannot make a private folder to check the packages in: %1</source>
        <translation>пакеттерді тексеру үшін жеке қалта жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>reading the package&apos;s territory changes</source>
        <translation>пакеттегі аумақ өзгерістерін оқу</translation>
    </message>
    <message>
        <source>reading the territory history</source>
        <translation>аумақ тарихын оқу</translation>
    </message>
    <message>
        <source>adding a territory change from a package</source>
        <translation>пакеттен аумақ өзгерісін қосу</translation>
    </message>
    <message>
        <source>new region %1</source>
        <translation>жаңа өңір %1</translation>
    </message>
    <message>
        <source>new district %1</source>
        <translation>жаңа аудан %1</translation>
    </message>
    <message>
        <source>new precinct %1</source>
        <translation>жаңа учаске %1</translation>
    </message>
    <message>
        <source>new territory node %1</source>
        <translation>аумақтың жаңа түйіні %1</translation>
    </message>
    <message>
        <source>%1: under a node this campaign does not know</source>
        <translation>%1: бұл науқанда жоқ түйіннің астында</translation>
    </message>
    <message>
        <source>the renaming of a territory node</source>
        <translation>аумақ түйінінің атауын өзгерту</translation>
    </message>
    <message>
        <source>the moving of a territory node</source>
        <translation>аумақ түйінін көшіру</translation>
    </message>
    <message>
        <source>the deletion of a territory node</source>
        <translation>аумақ түйінін жою</translation>
    </message>
    <message>
        <source>a change of a territory node</source>
        <translation>аумақ түйінінің өзгерісі</translation>
    </message>
    <message>
        <source>reading the territory</source>
        <translation>аумақтарды оқу</translation>
    </message>
    <message>
        <source>a place the package does not name</source>
        <translation>пакетте аталмаған</translation>
    </message>
    <message>
        <source>%1: in no region, and office %2 may change only its regions (%3)</source>
        <translation>%1: ешбір өңірге кірмейді, ал %2 кеңсесі тек өз өңірлерін (%3) өзгерте алады</translation>
    </message>
    <message>
        <source>%1: in region %2, outside the regions of office %3 (%4)</source>
        <translation>%1: %2 өңірінде, %3 кеңсесінің өңірлерінен (%4) тыс</translation>
    </message>
    <message>
        <source>%1: at a place this campaign does not hold</source>
        <translation>%1: бұл науқанда мұндай орын жоқ</translation>
    </message>
    <message>
        <source>protocol %1/%2 at %3</source>
        <translation>%1/%2 хаттамасы, орны: %3</translation>
    </message>
    <message>
        <source>photo %1 at %2</source>
        <translation>%1 фотосы, орны: %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1, орны: %2</translation>
    </message>
    <message>
        <source>history of a protocol at %1</source>
        <translation>хаттама тарихы, орны: %1</translation>
    </message>
    <message>
        <source>history of a protocol at %1 this campaign does not hold</source>
        <translation>бұл науқанда жоқ хаттаманың тарихы, орны: %1</translation>
    </message>
</context>
<context>
    <name>PackageSeal</name>
    <message>
        <source>%1: cannot read the package: %2</source>
        <translation>%1: пакетті оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the signature: %2</source>
        <translation>%1: қолтаңбаны жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not a SaylauDesk package (not an SQLite file, or its first bytes are damaged)</source>
        <translation>%1 — SaylauDesk пакеті емес (SQLite файлы емес немесе оның алғашқы байттары зақымдалған)</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes of the %3 it was written with; ask for it again</source>
        <translation>%1 қиылған: жазылған %3 байттың тек %2 байты бар; оны қайта сұраңыз</translation>
    </message>
    <message>
        <source>%1: its signature names another length; it was altered after signing</source>
        <translation>%1: қолтаңбасында басқа ұзындық көрсетілген; ол қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>%1 carries no SaylauDesk signature (its last bytes were altered, or it is a plain SQLite file)</source>
        <translation>%1 файлында SaylauDesk қолтаңбасы жоқ (соңғы байттары өзгертілген немесе бұл кәдімгі SQLite файлы)</translation>
    </message>
    <message>
        <source>%1: cannot copy the package aside to check it: %2</source>
        <translation>%1: тексеру үшін пакетті бөлек көшіру мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>%1 is headquarters: name the office the package is for (--for NAME)</source>
        <translation>%1 — штаб: пакет арналған кеңсені көрсетіңіз (--for АТАУ)</translation>
    </message>
    <message>
        <source>%1 has joined no exchange: it is neither headquarters nor an office&apos;s kit</source>
        <translation>%1 ешбір алмасуға қосылмаған: ол штаб та, кеңсе жинағы да емес</translation>
    </message>
    <message>
        <source>%1 exchanges with no one named %2</source>
        <translation>%1 %2 атты ешкіммен алмаспайды</translation>
    </message>
    <message>
        <source>%1: cannot create the package</source>
        <translation>%1: пакетті жасау мүмкін емес</translation>
    </message>
    <message>
        <source>creating the package</source>
        <translation>пакетті жасау</translation>
    </message>
    <message>
        <source>writing the package</source>
        <translation>пакетті жазу</translation>
    </message>
    <message>
        <source>reading protocol revisions</source>
        <translation>хаттама редакцияларын оқу</translation>
    </message>
    <message>
        <source>reading protocol history</source>
        <translation>хаттамалар тарихын оқу</translation>
    </message>
    <message>
        <source>reading photos</source>
        <translation>фотоларды оқу</translation>
    </message>
    <message>
        <source>reading territory changes</source>
        <translation>аумақ өзгерістерін оқу</translation>
    </message>
    <message>
        <source>reading territory</source>
        <translation>аумақты оқу</translation>
    </message>
    <message>
        <source>reading the campaign failed: %1</source>
        <translation>науқанды оқу сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>PostgresHandle</name>
    <message>
        <source>this works on a campaign on a server only</source>
        <translation>бұл тек сервердегі науқанда жұмыс істейді</translation>
    </message>
    <message>
        <source>the connection to the server is not open</source>
        <translation>серверге қосылым ашық емес</translation>
    </message>
</context>
<context>
    <name>PrecinctRegions</name>
    <message>
        <source>reading the territory</source>
        <translation>аумақтарды оқу</translation>
    </message>
    <message>
        <source>reading the territory failed: %1</source>
        <translation>аумақтарды оқу сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>PrecinctSampler</name>
    <message>
        <source>the campaign has no precincts to draw from: import the precinct list first</source>
        <translation>науқанда іріктейтін учаскелер жоқ: алдымен учаскелер тізімін импорттаңыз</translation>
    </message>
    <message numerus="yes">
        <source>a sample of %1 precincts is more than the %n precinct(s) of the list</source>
        <translation>
            <numerusform>%1 учаскелік іріктеме тізімдегі %n учаскеден көп</numerusform>
            <numerusform>%1 учаскелік іріктеме тізімдегі %n учаскеден көп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stratum/strata need at least 2 precincts each: choose a sample of at least %1 precincts, or no strata</source>
        <translation>
            <numerusform>%n стратаның әрқайсысына кемінде 2 учаске қажет: кемінде %1 учаскелік іріктеме таңдаңыз немесе страталардан бас тартыңыз</numerusform>
            <numerusform>%n стратаның әрқайсысына кемінде 2 учаске қажет: кемінде %1 учаскелік іріктеме таңдаңыз немесе страталардан бас тартыңыз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetLibrary</name>
    <message>
        <source>no %1 preset &quot;%2&quot;</source>
        <translation>&quot;%2&quot; атты %1 үлгісі жоқ</translation>
    </message>
    <message>
        <source>%1: %2 at offset %3</source>
        <translation>%1: %3 позициясында %2</translation>
    </message>
    <message>
        <source>campaign preset %1 names no form or no contest</source>
        <translation>%1 науқан үлгісінде нысан немесе сайлау көрсетілмеген</translation>
    </message>
    <message>
        <source>ballot preset %1: an entry lacks its position or name</source>
        <translation>%1 бюллетень үлгісі: бір жазбада позициясы немесе атауы жоқ</translation>
    </message>
    <message>
        <source>territory preset %1: a region lacks its code or name</source>
        <translation>%1 аумақ үлгісі: бір өңірдің коды немесе атауы жоқ</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>List the campaign presets that init can start from</source>
        <translation>init бастай алатын науқан үлгілерін тізімдеу</translation>
    </message>
</context>
<context>
    <name>ProtocolForm</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing or empty</source>
        <translation>%1: &quot;%2&quot; өрісі жоқ немесе бос</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names no known measure: %3</source>
        <translation>%1: &quot;%2&quot; белгілі көрсеткішті атамайды: %3</translation>
    </message>
    <message>
        <source>protocol form</source>
        <translation>хаттама нысаны</translation>
    </message>
    <message>
        <source>protocol form %1</source>
        <translation>%1 хаттама нысаны</translation>
    </message>
    <message>
        <source>%1: the form has no lines</source>
        <translation>%1: нысанда жолдар жоқ</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, %2 жол</translation>
    </message>
    <message>
        <source>%1: line %2 appears twice</source>
        <translation>%1: %2 жол екі рет кездеседі</translation>
    </message>
    <message>
        <source>%1, relation</source>
        <translation>%1, арақатынас</translation>
    </message>
    <message>
        <source>%1, relation %2: severity must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>%1, %2 арақатынас: маңыздылығы &quot;error&quot; немесе &quot;warning&quot; болуы керек</translation>
    </message>
    <message>
        <source>%1: unknown measure &quot;%2&quot;</source>
        <translation>%1: белгісіз көрсеткіш &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the measure &quot;%2&quot; must be defined</source>
        <translation>%1: &quot;%2&quot; көрсеткіші анықталуы керек</translation>
    </message>
</context>
<context>
    <name>ProtocolMerge</name>
    <message>
        <source>line %1 (%2)</source>
        <translation>%1-жол (%2)</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <source>observer&apos;s contact</source>
        <translation>бақылаушының байланысы</translation>
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
</context>
<context>
    <name>ProtocolWriter</name>
    <message>
        <source>reading the stored protocol</source>
        <translation>сақталған хаттаманы оқу</translation>
    </message>
    <message>
        <source>saving the protocol</source>
        <translation>хаттаманы сақтау</translation>
    </message>
    <message>
        <source>saving the protocol: the stored revision changed during the save</source>
        <translation>хаттаманы сақтау: сақтау кезінде сақталған редакция өзгерді</translation>
    </message>
    <message>
        <source>saving the protocol returned no id</source>
        <translation>хаттаманы сақтау кезінде id қайтарылмады</translation>
    </message>
    <message>
        <source>confirming the protocol</source>
        <translation>хаттаманы растау</translation>
    </message>
</context>
<context>
    <name>PublishedResult</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of &quot;%3&quot; is not a count</source>
        <translation>%1: &quot;%3&quot; ішіндегі &quot;%2&quot; сан емес</translation>
    </message>
    <message>
        <source>%1: a published result needs &quot;contest&quot; and &quot;parties&quot;</source>
        <translation>%1: жарияланған нәтижеге &quot;contest&quot; және &quot;parties&quot; қажет</translation>
    </message>
    <message>
        <source>%1: the campaign has no territory &quot;%2&quot;</source>
        <translation>%1: науқанда &quot;%2&quot; аумағы жоқ</translation>
    </message>
    <message>
        <source>%1: the form %2 has no single line for &quot;%3&quot;</source>
        <translation>%1: %2 нысанында &quot;%3&quot; үшін жалғыз жол жоқ</translation>
    </message>
    <message>
        <source>%1: unknown measure &quot;%2&quot;</source>
        <translation>%1: белгісіз көрсеткіш &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no party &quot;%2&quot; on the ballot of %3</source>
        <translation>%1: %3 бюллетенінде &quot;%2&quot; партиясы жоқ</translation>
    </message>
    <message>
        <source>%1: fewer ballots cast than votes for the parties</source>
        <translation>%1: дауыс беруге қатысқандар партияларға берілген дауыстардан аз</translation>
    </message>
    <message>
        <source>published result</source>
        <translation>жарияланған нәтиже</translation>
    </message>
    <message>
        <source>Spoiled ballots: ballots cast less the votes for the parties.</source>
        <translation>Жарамсыз бюллетеньдер: дауыс беруге қатысқандардан партияларға берілген дауыстарды алғандағы айырма.</translation>
    </message>
</context>
<context>
    <name>RelationBreaks</name>
    <message>
        <source>%1 (%2 against %3)</source>
        <translation>%1 (%2, ал %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the figures break the control relation(s) %2, and nobody confirmed them so; nothing was saved</source>
        <translation>
            <numerusform>%1: деректер %2 бақылау арақатынасын бұзады, және оларды ешкім солай деп растамады; ештеңе сақталмады</numerusform>
            <numerusform>%1: деректер %2 бақылау арақатынасын бұзады, және оларды ешкім солай деп растамады; ештеңе сақталмады</numerusform>
        </translation>
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
    <message>
        <source>Σ parties</source>
        <translation>Σ партиялар</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Print a contest&apos;s summary table: precincts, voters, turnout, unused ballots, shares</source>
        <translation>Сайлаудың жиынтық кестесін шығару: учаскелер, сайлаушылар, қатысу, пайдаланылмаған бюллетеньдер, үлестер</translation>
    </message>
    <message>
        <source>One row per region, tik or uik as well.</source>
        <translation>Сонымен қатар әр өңір, АСК немесе УСК бойынша бір жолдан.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>деңгей</translation>
    </message>
    <message>
        <source>Decimals of percentages (0-4).</source>
        <translation>Пайыздардың ондық таңбалары (0-4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Round shares so that each column adds up to exactly 100%.</source>
        <translation>Әр бағанның қосындысы дәл 100% болатындай үлестерді дөңгелектеу.</translation>
    </message>
    <message>
        <source>Write the report to a file instead: .pdf (tables and charts), .xlsx or .csv.</source>
        <translation>Есепті файлға жазу: .pdf (кестелер мен диаграммалар), .xlsx немесе .csv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>--precision must be a number from 0 to 4</source>
        <translation>--precision мәні 0-ден 4-ке дейінгі сан болуы керек</translation>
    </message>
    <message>
        <source>--out must name a .pdf, .xlsx or .csv file</source>
        <translation>--out мәні .pdf, .xlsx немесе .csv файлын көрсетуі керек</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 жазылды</translation>
    </message>
    <message>
        <source>observer, official or both; by default the sources the contest has.</source>
        <translation>observer, official немесе both; әдепкі бойынша — сайлауда бар дереккөздер.</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>PDF есебі</translation>
    </message>
    <message>
        <source>Add the Forensics page (integer-percentage test, excess-votes estimate; as saylau forensics with its defaults) to the text, PDF or XLSX report.</source>
        <translation>Мәтіндік, PDF немесе XLSX есепке &quot;Статистикалық талдау&quot; бетін қосу (бүтін пайыздар тесті, артық дауыстарды бағалау; әдепкі параметрлері бар saylau forensics сияқты).</translation>
    </message>
    <message>
        <source>--forensics adds a page to the text, PDF or XLSX report; for CSV or JSON run saylau forensics</source>
        <translation>--forensics мәтіндік, PDF немесе XLSX есепке бет қосады; CSV немесе JSON үшін saylau forensics іске қосыңыз</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: choose a .pdf, .xlsx or .csv file</source>
        <translation>%1: .pdf, .xlsx немесе .csv файлын таңдаңыз</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Where the figures come from</source>
        <translation>Деректер қайдан алынған</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>Аумақтар бойынша</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>Статистикалық талдау</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message numerus="yes">
        <source>, %n verified by a second entry</source>
        <translation>
            <numerusform>, оның %n екінші енгізумен расталған</numerusform>
            <numerusform>, оның %n екінші енгізумен расталған</numerusform>
        </translation>
    </message>
    <message>
        <source>, received from %1 to %2</source>
        <translation>, %1 – %2 аралығында алынған</translation>
    </message>
    <message>
        <source>, last changed %1</source>
        <translation>, соңғы өзгеріс %1</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of files into this contest.</source>
        <translation>
            <numerusform>Осы сайлауға файлдар %n рет импортталды.</numerusform>
            <numerusform>Осы сайлауға файлдар %n рет импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign file: %1. Report made %2.</source>
        <translation>Науқан файлы: %1. Есеп жасалған уақыт: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln protocol(s)</source>
        <translation>
            <numerusform>%1: %Ln хаттама</numerusform>
            <numerusform>%1: %Ln хаттама</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore a backup into a new campaign file</source>
        <translation>Сақтық көшірмені жаңа науқан файлына қалпына келтіру</translation>
    </message>
    <message>
        <source>The new campaign file (must not exist).</source>
        <translation>Жаңа науқан файлы (бұрын болмауы керек).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Қалпына келтірілетін сақтық көшірме.</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>%1, line %2, column %3 &quot;%4&quot;</source>
        <translation>%1, %2 жол, %3 баған &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: the row has %3 fields, the header has %4</source>
        <translation>%1, %2 жол: жолда %3 өріс, тақырыпта %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3</source>
        <translation>%1: &quot;%2&quot; — %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 баған</translation>
    </message>
    <message>
        <source>%1: the cell is empty; every row needs it (or, for votes a TIK counted itself, the TIK&apos;s)</source>
        <translation>%1: ұяшық бос; ол әр жолда болуы керек (АСК-ның өзі санаған дауыстар үшін — АСК ұяшығы)</translation>
    </message>
    <message>
        <source>%1: the name has a control character (%2) at byte %3; names may not hold NULs, line breaks or other control characters</source>
        <translation>%1: атауда %3 байтта басқару таңбасы (%2) бар; атауларда NUL, жол ауыстыру немесе басқа басқару таңбалары болмауы керек</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>%1, line %2: columns %3 &quot;%4&quot; and %5 &quot;%6&quot; have the same header but different counts (%7 and %8); remove one of them or correct the file</source>
        <translation>%1, %2 жол: %3 &quot;%4&quot; және %5 &quot;%6&quot; бағандарының тақырыбы бірдей, бірақ сандары әртүрлі (%7 және %8); олардың бірін алып тастаңыз немесе файлды түзетіңіз</translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>Draw a random sample of precincts for observers, or size one for a margin of error</source>
        <translation>Бақылаушылар үшін учаскелердің кездейсоқ іріктемесін жасау немесе қателік шегіне қарай іріктеме көлемін есептеу</translation>
    </message>
    <message>
        <source>Precincts to draw.</source>
        <translation>Іріктелетін учаскелер саны.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Strata: region or none.</source>
        <translation>Страталар: region (өңірлер) немесе none (жоқ).</translation>
    </message>
    <message>
        <source>by</source>
        <translation>өлшем</translation>
    </message>
    <message>
        <source>Stratum sizes proportional to voters, or equal.</source>
        <translation>Страта көлемдері: сайлаушыларға пропорционал (proportional) немесе бірдей (equal).</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>ереже</translation>
    </message>
    <message>
        <source>Seed of the generator (a whole number); a new one when left out.</source>
        <translation>Генератордың бастапқы мәні (seed, бүтін сан); көрсетілмесе, жаңасы алынады.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>Write the deployment list to this CSV file.</source>
        <translation>Бақылаушыларды орналастыру тізімін осы CSV файлына жазу.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Target margin of error of the leader&apos;s share, in percentage points at 95%: print the precincts it needs.</source>
        <translation>Көшбасшы үлесінің мақсатты қателік шегі, 95% деңгейде, пайыздық тармақпен: оған қажетті учаскелер санын шығару.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>тармақ</translation>
    </message>
    <message>
        <source>Intra-precinct correlation assumed when there are no official figures.</source>
        <translation>Ресми деректер болмағанда болжанатын учаскеішілік корреляция.</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>rho</translation>
    </message>
    <message>
        <source>--icc must be a number from 0 to 1</source>
        <translation>--icc мәні 0-ден 1-ге дейінгі сан болуы керек</translation>
    </message>
    <message>
        <source>give --size to draw a sample, or --margin to size one</source>
        <translation>іріктеме жасау үшін --size, ал оның көлемін есептеу үшін --margin көрсетіңіз</translation>
    </message>
    <message>
        <source>--margin must be a number of percentage points, more than 0 and less than 50</source>
        <translation>--margin мәні 0-ден үлкен және 50-ден кіші пайыздық тармақ саны болуы керек</translation>
    </message>
    <message>
        <source>--size must be a whole number of precincts, at least 1</source>
        <translation>--size мәні учаскелердің бүтін саны болуы керек, кемінде 1</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615</source>
        <translation>--seed мәні 0-ден 18446744073709551615-ке дейінгі бүтін сан болуы керек</translation>
    </message>
    <message numerus="yes">
        <source>Even all %n precinct(s) give a margin of ±%1 points.</source>
        <translation>
            <numerusform>Тіпті барлық %n учаске де ±%1 тармақ қателік шегін береді.</numerusform>
            <numerusform>Тіпті барлық %n учаске де ±%1 тармақ қателік шегін береді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s) for a margin of error of ±%1 points (expected: ±%2).</source>
        <translation>
            <numerusform>±%1 тармақ қателік шегі үшін %n учаске (күтілетіні: ±%2).</numerusform>
            <numerusform>±%1 тармақ қателік шегі үшін %n учаске (күтілетіні: ±%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the deployment list to %1</source>
        <translation>Орналастыру тізімі %1 файлына жазылды</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Сайлаушылар</translation>
    </message>
</context>
<context>
    <name>SampleDeploymentList</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>SampleDrawing</name>
    <message numerus="yes">
        <source>Drew %1 of %n precinct(s) (seed %2).</source>
        <translation>
            <numerusform>%n учаскеден %1 учаске іріктелді (бастапқы мән %2).</numerusform>
            <numerusform>%n учаскеден %1 учаске іріктелді (бастапқы мән %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stratified by region, %n stratum/strata</source>
        <translation>
            <numerusform>Өңірлер бойынша страталанған, %n страта</numerusform>
            <numerusform>Өңірлер бойынша страталанған, %n страта</numerusform>
        </translation>
    </message>
    <message>
        <source>No strata</source>
        <translation>Страталарсыз</translation>
    </message>
    <message>
        <source>the same number of precincts per stratum</source>
        <translation>әр стратада учаскелер саны бірдей</translation>
    </message>
    <message>
        <source>sizes proportional to %1, at least 2 per stratum</source>
        <translation>көлемдері %1 бойынша пропорционал, әр стратада кемінде 2</translation>
    </message>
    <message>
        <source>%1; %2; simple random sampling without replacement in each stratum.</source>
        <translation>%1; %2; әр стратада қайтарусыз қарапайым кездейсоқ іріктеу.</translation>
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
        <translation>учаскелер</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>сайлаушылар</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>іріктеме</translation>
    </message>
    <message>
        <source>inclusion probability</source>
        <translation>іріктемеге ену ықтималдығы</translation>
    </message>
    <message>
        <source>Expected margin of error: ±%1 points. %2</source>
        <translation>Күтілетін қателік шегі: ±%1 тармақ. %2</translation>
    </message>
    <message>
        <source>Stored in the campaign, replacing any earlier sample of this contest. The same seed draws the same precincts again.</source>
        <translation>Науқанда сақталды, осы сайлаудың бұрынғы іріктемесінің орнына. Дәл сол бастапқы мән дәл сол учаскелерді қайта іріктейді.</translation>
    </message>
</context>
<context>
    <name>SampleEstimate</name>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>The observers&apos; copies do not come from a random sample of precincts: they were brought from wherever observers could go, so no margin of error can be given for them. Below: what they cover.</source>
        <translation>Бақылаушылар көшірмелері учаскелердің кездейсоқ іріктемесінен алынбаған: олар бақылаушылар бара алған жерлерден әкелінген, сондықтан олар үшін қателік шегін көрсету мүмкін емес. Төменде: олардың нені қамтитыны.</translation>
    </message>
    <message numerus="yes">
        <source>Estimates from a random sample of %Ln precinct(s) drawn before election day (seed %1); %2 of them reported. Intervals: 95%.</source>
        <translation>
            <numerusform>Сайлау күніне дейін іріктелген %Ln учаскенің кездейсоқ іріктемесі бойынша бағалаулар (бастапқы мән %1); олардың %2 учаскесінен деректер түсті. Сенім аралықтары: 95%.</numerusform>
            <numerusform>Сайлау күніне дейін іріктелген %Ln учаскенің кездейсоқ іріктемесі бойынша бағалаулар (бастапқы мән %1); олардың %2 учаскесінен деректер түсті. Сенім аралықтары: 95%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stratified by region (%n strata)</source>
        <translation>
            <numerusform>өңірлер бойынша страталанған (%n страта)</numerusform>
            <numerusform>өңірлер бойынша страталанған (%n страта)</numerusform>
        </translation>
    </message>
    <message>
        <source>without strata</source>
        <translation>страталарсыз</translation>
    </message>
    <message>
        <source>the same number of precincts in each stratum</source>
        <translation>әр стратада учаскелер саны бірдей</translation>
    </message>
    <message>
        <source>stratum sizes proportional to %1, at least 2 each</source>
        <translation>страта көлемдері %1 бойынша пропорционал, әрқайсысында кемінде 2</translation>
    </message>
    <message>
        <source>Simple random sample of precincts %1, %2; ratio estimates weighted by the inverse of each precinct&apos;s inclusion probability among those that reported; standard errors by Taylor linearisation for a stratified sample of precincts.</source>
        <translation>Учаскелердің қарапайым кездейсоқ іріктемесі, %1, %2; қатынас бағалаулары деректері түскен учаскелер арасында әр учаскенің іріктемеге ену ықтималдығына кері салмақпен есептелген; стандартты қателер страталанған учаскелер іріктемесі үшін Taylor сызықтандыруымен есептелген.</translation>
    </message>
</context>
<context>
    <name>SampleEstimateWriter</name>
    <message>
        <source>%1: what the observers&apos; copies can claim</source>
        <translation>%1: бақылаушылар көшірмелері бойынша не айтуға болады</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — not real election results</source>
        <translation>СИНТЕТИКАЛЫҚ ДЕМО ДЕРЕКТЕР — нақты сайлау нәтижелері емес</translation>
    </message>
    <message>
        <source>Party shares: of %1. Official figures as in the summary report.</source>
        <translation>Партиялардың үлестері: %1 ішінен. Ресми деректер жиынтық есептегідей.</translation>
    </message>
    <message>
        <source>Sampled precincts: %1; reported: %2, with %3 voters on the list.</source>
        <translation>Іріктемедегі учаскелер: %1; деректері түскені: %2, тізімдегі сайлаушылар саны %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer copy/copies of precincts outside the sample: not used.</source>
        <translation>
            <numerusform>Іріктемеден тыс учаскелердің %Ln бақылаушы көшірмесі: пайдаланылмады.</numerusform>
            <numerusform>Іріктемеден тыс учаскелердің %Ln бақылаушы көшірмесі: пайдаланылмады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sampled copy/copies with an empty line: not used.</source>
        <translation>
            <numerusform>Бос жолы бар іріктемедегі %Ln көшірме: пайдаланылмады.</numerusform>
            <numerusform>Бос жолы бар іріктемедегі %Ln көшірме: пайдаланылмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>бағалау</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% аралық</translation>
    </message>
    <message>
        <source>official</source>
        <translation>ресми</translation>
    </message>
    <message>
        <source>official inside</source>
        <translation>ресми аралықта</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>ЖОҚ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stratum/strata without a single report: the estimates are about the others.</source>
        <translation>
            <numerusform>Бірде-бір учаскесінен деректер түспеген %Ln страта: бағалаулар қалғандарына қатысты.</numerusform>
            <numerusform>Бірде-бір учаскесінен деректер түспеген %Ln страта: бағалаулар қалғандарына қатысты.</numerusform>
        </translation>
    </message>
    <message>
        <source>By stratum</source>
        <translation>Страталар бойынша</translation>
    </message>
    <message>
        <source>%1: %2 sampled, %3 reported</source>
        <translation>%1: іріктемеде %2, деректері түскені %3</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>precincts</source>
        <translation>учаскелер</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>бақыланған</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>сайлаушылар</translation>
    </message>
    <message>
        <source>The copies cover %1 of %2 precincts (%3)</source>
        <translation>Көшірмелер қамтиды: %2 учаскеден %1 учаске (%3)</translation>
    </message>
    <message>
        <source>%1: estimate %2 (95% interval %3 – %4)</source>
        <translation>%1: бағалау %2 (95% сенім аралығы %3 – %4)</translation>
    </message>
    <message>
        <source>official %1, inside the interval</source>
        <translation>ресми %1, аралықтың ішінде</translation>
    </message>
    <message>
        <source>official %1, OUTSIDE the interval</source>
        <translation>ресми %1, аралықтан ТЫС</translation>
    </message>
    <message>
        <source>with official voters</source>
        <translation>ресми сайлаушылар саны бар</translation>
    </message>
    <message>
        <source>published total</source>
        <translation>жарияланған жиынтық</translation>
    </message>
    <message>
        <source>Voters: on the official lists of the precincts whose official figures give them, or in a total published for a territory as a whole; observed: on the observers&apos; copies of those precincts.</source>
        <translation>Сайлаушылар: ресми деректері оларды беретін учаскелердің ресми тізімдері бойынша немесе тұтас аумақ үшін жарияланған жиынтық бойынша; бақыланғандар: сол учаскелердегі байқаушылар көшірмелері бойынша.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n region(s) of the campaign with no figures of this contest, official or observed (%1 precincts).</source>
        <translation>
            <numerusform>Есепке алынбады: науқанның бұл сайлау бойынша ресми де, байқаушылар да деректері жоқ %n өңірі (%1 учаске).</numerusform>
            <numerusform>Есепке алынбады: науқанның бұл сайлау бойынша ресми де, байқаушылар да деректері жоқ %n өңірі (%1 учаске).</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 of the %2 voters on the list in the official figures, which include totals published for a territory as a whole (%3).</source>
        <translation> және ресми деректер бойынша тізімдегі %2 сайлаушыдан %1 сайлаушы (%3); бұл деректерге тұтас аумақ үшін жарияланған жиынтықтар кіреді.</translation>
    </message>
    <message>
        <source> and %1 of %2 voters on the list (%3).</source>
        <translation> және тізімдегі %2 сайлаушыдан %1 сайлаушы (%3).</translation>
    </message>
    <message>
        <source>The official figures of %1 of these precincts give %2 voters on the list; the copies cover %3 of those precincts (%4) and %5 of their voters (%6).</source>
        <translation>Осы учаскелердің %1 учаскесінің ресми деректері тізімдегі %2 сайлаушыны береді; көшірмелер сол учаскелердің %3 учаскесін (%4) және олардың %5 сайлаушысын (%6) қамтиды.</translation>
    </message>
</context>
<context>
    <name>SampleFrame</name>
    <message>
        <source>(no region)</source>
        <translation>(өңірсіз)</translation>
    </message>
    <message>
        <source>All precincts</source>
        <translation>Барлық учаскелер</translation>
    </message>
</context>
<context>
    <name>SampleSizeCalculator</name>
    <message>
        <source>no precinct&apos;s voters are known: the sample size cannot be worked out before the precinct list with its voters is imported</source>
        <translation>ешбір учаскенің сайлаушылар саны белгісіз: сайлаушылар саны көрсетілген учаскелер тізімі импортталмайынша іріктеме көлемін есептеу мүмкін емес</translation>
    </message>
    <message>
        <source>the margin of error must be more than 0</source>
        <translation>қателік шегі 0-ден үлкен болуы керек</translation>
    </message>
    <message>
        <source>Margin of error of the leader&apos;s share (%1) at 95%: the variance of the ratio estimator under this design, with the official precinct figures taken as the population.</source>
        <translation>Көшбасшы үлесінің (%1) 95% деңгейдегі қателік шегі: ресми учаскелік деректер бас жиынтық ретінде алынғанда, осы іріктеме дизайнындағы қатынас бағалауышының дисперсиясы.</translation>
    </message>
    <message>
        <source>Margin of error of a share of 50% (the worst case) at 95%: Kish&apos;s design effect for precincts of unequal size, deff = 1 + ρ(b̄(1 + cv²) − 1) = %1 with ρ = %2 assumed and b̄ = %3 voters per precinct; no official figures to do better.</source>
        <translation>50% үлестің (ең нашар жағдай) 95% деңгейдегі қателік шегі: көлемі әртүрлі учаскелер үшін Kish дизайн әсері, deff = 1 + ρ(b̄(1 + cv²) − 1) = %1, мұнда болжанған ρ = %2 және b̄ = бір учаскеге %3 сайлаушы; дәлірек есептеу үшін ресми деректер жоқ.</translation>
    </message>
</context>
<context>
    <name>SampleStore</name>
    <message>
        <source>removing the previous sample</source>
        <translation>алдыңғы іріктемені жою</translation>
    </message>
    <message>
        <source>saving the sample design</source>
        <translation>іріктеме дизайнын сақтау</translation>
    </message>
    <message>
        <source>saving a stratum of the sample</source>
        <translation>іріктеме стратасын сақтау</translation>
    </message>
    <message>
        <source>saving a precinct of the sample</source>
        <translation>іріктеме учаскесін сақтау</translation>
    </message>
    <message>
        <source>reading the sample design</source>
        <translation>іріктеме дизайнын оқу</translation>
    </message>
    <message>
        <source>the stored sample of %1 has a damaged seed</source>
        <translation>%1 сайлауының сақталған іріктемесінде бастапқы мән зақымдалған</translation>
    </message>
    <message>
        <source>reading the strata of the sample</source>
        <translation>іріктеме страталарын оқу</translation>
    </message>
    <message>
        <source>reading the precincts of the sample</source>
        <translation>іріктеме учаскелерін оқу</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>This protocol was entered by %1 at %2 while you were typing. Your values were not saved; compare them with the stored ones before saving again.</source>
        <translation>Сіз теріп жатқанда бұл хаттаманы %2 кезінде %1 енгізді. Сіздің мәндеріңіз сақталмады; қайта сақтамас бұрын оларды сақталғандармен салыстырыңыз.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>басқа оператор</translation>
    </message>
    <message>
        <source>This protocol was changed by %1 at %2 (revision %3; you started from revision %4). Your values were not saved; compare them with the stored ones before saving again.</source>
        <translation>Бұл хаттаманы %2 кезінде %1 өзгертті (%3-редакция; сіз %4-редакциядан бастадыңыз). Сіздің мәндеріңіз сақталмады; қайта сақтамас бұрын оларды сақталғандармен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>ServerAttachmentStream</name>
    <message>
        <source>reading a photo</source>
        <translation>фотоны оқу</translation>
    </message>
    <message>
        <source>reading a photo failed: there is no photo %1</source>
        <translation>фотоны оқу сәтсіз аяқталды: %1 фотосы жоқ</translation>
    </message>
    <message>
        <source>reading a photo failed: photo %1 is gone</source>
        <translation>фотоны оқу сәтсіз аяқталды: %1 фотосы жойылған</translation>
    </message>
    <message>
        <source>adding the photo %1</source>
        <translation>%1 фотосын қосу</translation>
    </message>
    <message>
        <source>adding the photo %1 returned no id</source>
        <translation>%1 фотосын қосу идентификатор қайтармады</translation>
    </message>
    <message>
        <source>adding the photo %1 failed: %2</source>
        <translation>%1 фотосын қосу сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>%1 bytes of %2 arrived</source>
        <translation>%2 байттың %1 байты келді</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>pg_dump is not installed: a campaign on a server is backed up with PostgreSQL&apos;s own pg_dump (Debian: apt install postgresql-client-15)</source>
        <translation>pg_dump орнатылмаған: сервердегі науқанның сақтық көшірмесі PostgreSQL-дің өз pg_dump құралымен жасалады (Debian: apt install postgresql-client-15)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 іске қосу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed: %2</source>
        <translation>%1 үшін pg_dump сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file: give it a name of its own</source>
        <translation>%1 бұрыннан бар; сақтық көшірме ешқашан бар файлды алмастырмайды: оған жеке атау беріңіз</translation>
    </message>
</context>
<context>
    <name>ServerImportBench</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 бос</translation>
    </message>
    <message>
        <source>%1 is no server address (postgresql://user@host:port/database)</source>
        <translation>%1 сервер мекенжайы емес (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>psql is needed as the reference (apt-get install postgresql-client-15)</source>
        <translation>эталон ретінде psql қажет (apt-get install postgresql-client-15)</translation>
    </message>
    <message numerus="yes">
        <source>timing %1 against %2 (%n run(s) each)...</source>
        <translation>
            <numerusform>%1 өлшенуде, %2 салыстырылады (әрқайсысы %n рет)...</numerusform>
            <numerusform>%1 өлшенуде, %2 салыстырылады (әрқайсысы %n рет)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 into a campaign on %2</source>
        <translation>%1 файлын %2 серверіндегі науқанға импорттау</translation>
    </message>
    <message>
        <source>  whole process, median of the runs</source>
        <translation>  бүкіл процесс, іске қосулар медианасы</translation>
    </message>
    <message>
        <source>  psql \copy (raw, untyped):       %1 s</source>
        <translation>  psql \copy (өңделмеген, типсіз):   %1 с</translation>
    </message>
    <message>
        <source>  saylau import (full, %1 rows):  %2 s</source>
        <translation>  saylau import (толық, %1 жол):  %2 с</translation>
    </message>
    <message>
        <source>  ratio saylau / psql:             %1</source>
        <translation>  saylau / psql қатынасы:           %1</translation>
    </message>
    <message>
        <source>  CPU time of the client (user + system): psql %1 s, saylau %2 s</source>
        <translation>  клиенттің CPU уақыты (user + system): psql %1 с, saylau %2 с</translation>
    </message>
    <message>
        <source>  peak memory (RSS) of the client: psql %1 MB, saylau %2 MB</source>
        <translation>  клиент жадының шыңы (RSS): psql %1 МБ, saylau %2 МБ</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>%1 is a file: roles are a server&apos;s (give a postgresql:// address)</source>
        <translation>%1 — файл: рөлдер тек серверде болады (postgresql:// мекенжайын көрсетіңіз)</translation>
    </message>
    <message>
        <source>setting up the roles on %1 failed: %2</source>
        <translation>%1 ішінде рөлдерді баптау сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>reading the rights of the server&apos;s user</source>
        <translation>сервер пайдаланушысының құқықтарын оқу</translation>
    </message>
    <message>
        <source>%1: the server does not say who is connected</source>
        <translation>%1: сервер кім қосылғанын хабарламайды</translation>
    </message>
    <message>
        <source>%1: %2 does not own the database %3 (%4 does), and a campaign&apos;s roles and rights are set up by its owner; the database was left as it was. Give the owner&apos;s address, or make the database with createdb --owner=%2.</source>
        <translation>%1: %2 %3 дерекқорының иесі емес (иесі — %4), ал науқанның рөлдері мен құқықтарын оның иесі баптайды; дерекқор өзгеріссіз қалдырылды. Иесінің атымен мекенжайды көрсетіңіз немесе дерекқорды createdb --owner=%2 арқылы жасаңыз.</translation>
    </message>
    <message>
        <source>reading the server&apos;s roles</source>
        <translation>сервер рөлдерін оқу</translation>
    </message>
    <message>
        <source>%1: the roles %2 are not on this server yet, and %3 may not create roles; the database was left as it was. As the server&apos;s administrator, let %3 create them (sudo -u postgres psql -c &quot;ALTER ROLE %3 CREATEROLE&quot;) or create them yourself (sudo -u postgres psql -c &quot;%4&quot;), then run saylau init-server again.</source>
        <translation>%1: %2 рөлдері бұл серверде әлі жоқ, ал %3 рөл жасай алмайды; дерекқор өзгеріссіз қалдырылды. Сервер әкімшісі ретінде %3 пайдаланушысына оларды жасауға рұқсат беріңіз (sudo -u postgres psql -c &quot;ALTER ROLE %3 CREATEROLE&quot;) немесе оларды өзіңіз жасаңыз (sudo -u postgres psql -c &quot;%4&quot;), содан кейін saylau init-server командасын қайта орындаңыз.</translation>
    </message>
</context>
<context>
    <name>ServerScratchDatabase</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 серверіне қосылу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>the signing library (libsodium) cannot start: no source of randomness</source>
        <translation>қолтаңба кітапханасын (libsodium) іске қосу мүмкін емес: кездейсоқтық көзі жоқ</translation>
    </message>
    <message>
        <source>the campaign&apos;s signing key is damaged</source>
        <translation>науқанның қолтаңба кілті зақымдалған</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 is not a SaylauDesk database (not an SQLite file, or its header is damaged)</source>
        <translation>%1 SaylauDesk дерекқоры емес (SQLite файлы емес немесе оның тақырыбы зақымдалған)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a SaylauDesk campaign</source>
        <translation>%1 — SQLite дерекқоры, бірақ SaylauDesk науқаны емес</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation>сұрауды дайындау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>%1 was refused by the server: your role on it has no right to do this (%2)</source>
        <translation>сервер %1 әрекетін қабылдамады: ондағы рөліңіздің бұған құқығы жоқ (%2)</translation>
    </message>
</context>
<context>
    <name>SqliteBlob</name>
    <message>
        <source>writing a photo failed: %1</source>
        <translation>фотоны жазу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>reading a photo failed: %1</source>
        <translation>фотоны оқу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>it is longer than the space made for it</source>
        <translation>ол оған бөлінген орыннан ұзын</translation>
    </message>
    <message>
        <source>writing a photo failed: %1 bytes of %2 arrived</source>
        <translation>фотоны жазу сәтсіз аяқталды: %2 байттың %1 байты келді</translation>
    </message>
</context>
<context>
    <name>SqliteHandle</name>
    <message>
        <source>the campaign file is not open</source>
        <translation>науқан файлы ашылмаған</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver must use the system SQLite %1</source>
        <translation>Qt SQLite драйвері жүйелік SQLite %1 нұсқасын қолдануы керек</translation>
    </message>
    <message>
        <source>this works on campaign files only, not yet on a campaign on a server</source>
        <translation>бұл әзірге тек науқан файлдарымен жұмыс істейді, сервердегі науқанмен емес</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>%1 failed: no parameter %2</source>
        <translation>%1 сәтсіз аяқталды: %2 параметрі жоқ</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>a summary report needs one aggregation per source</source>
        <translation>жиынтық есепке әр дереккөз үшін бір агрегация қажет</translation>
    </message>
    <message>
        <source>%1: no protocols.</source>
        <translation>%1: хаттамалар жоқ.</translation>
    </message>
    <message>
        <source>the commissions received %1 ballots for %2 voters on the list</source>
        <translation>комиссиялар тізімдегі %2 сайлаушыға %1 бюллетень алды</translation>
    </message>
    <message>
        <source>%1 ballots were issued but %2 counted as voting</source>
        <translation>%1 бюллетень берілді, бірақ %2 сайлаушы дауыс берді деп есептелді</translation>
    </message>
    <message>
        <source>each figure is rounded on its own</source>
        <translation>әр көрсеткіш жеке дөңгелектенеді</translation>
    </message>
    <message>
        <source>%1: turnout %2 and unused ballots %3 add up to %4, not 100%: %5.</source>
        <translation>%1: қатысу (%2) мен пайдаланылмаған бюллетеньдер (%3) қосындысы 100% емес, %4: %5.</translation>
    </message>
    <message>
        <source>the votes counted (%1) are not the %2 (%3)</source>
        <translation>есептелген дауыстар (%1) %2 (%3) емес</translation>
    </message>
    <message>
        <source>each share is rounded on its own</source>
        <translation>әр үлес жеке дөңгелектенеді</translation>
    </message>
    <message>
        <source>%1: the shares shown add up to %2, not 100%: %3.</source>
        <translation>%1: көрсетілген үлестердің қосындысы 100% емес, %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n further copy(ies) of precincts already counted were left out of the sums.</source>
        <translation>
            <numerusform>%1: бұрын есептелген учаскелердің тағы %n көшірмесі қосындыларға енгізілмеді.</numerusform>
            <numerusform>%1: бұрын есептелген учаскелердің тағы %n көшірмесі қосындыларға енгізілмеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n protocol(s) belong to no known territory and were left out.</source>
        <translation>
            <numerusform>%1: %n хаттама ешбір белгілі аумаққа жатпайды және есепке алынбады.</numerusform>
            <numerusform>%1: %n хаттама ешбір белгілі аумаққа жатпайды және есепке алынбады.</numerusform>
        </translation>
    </message>
    <message>
        <source>voters on the list</source>
        <translation>тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>ballots received</source>
        <translation>алынған бюллетеньдер</translation>
    </message>
    <message>
        <source>ballots issued</source>
        <translation>берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>ballots cast (spoiled included)</source>
        <translation>дауыс беруге қатысқандар (жарамсыздарын қоса)</translation>
    </message>
    <message>
        <source>spoiled ballots</source>
        <translation>жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>жарамды дауыстар</translation>
    </message>
    <message>
        <source>unused ballots</source>
        <translation>пайдаланылмаған бюллетеньдер</translation>
    </message>
    <message>
        <source>votes against all</source>
        <translation>бәріне қарсы дауыстар</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Бақыланған</translation>
    </message>
    <message numerus="yes">
        <source>turnout is taken over %n protocol(s) and unused ballots over %1</source>
        <translation>
            <numerusform>қатысу %n хаттама бойынша, ал пайдаланылмаған бюллетеньдер %1 хаттама бойынша есептелген</numerusform>
            <numerusform>қатысу %n хаттама бойынша, ал пайдаланылмаған бюллетеньдер %1 хаттама бойынша есептелген</numerusform>
        </translation>
    </message>
    <message>
        <source>the shares are taken over different protocols, as some protocols do not give every line</source>
        <translation>үлестер әртүрлі хаттамалар бойынша есептелген, себебі кейбір хаттамаларда барлық жолдар көрсетілмеген</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n protocol(s) give no &quot;%3&quot;: its sum covers the others, and a percentage using it only the protocols that give both of its figures.</source>
        <translation>
            <numerusform>%1: %n хаттаманың ішінде %2 хаттамада &quot;%3&quot; көрсетілмеген: оның қосындысы қалған хаттамаларды қамтиды, ал оны пайдаланатын пайыз тек оның екі көрсеткіші де берілген хаттамаларды қамтиды.</numerusform>
            <numerusform>%1: %n хаттаманың ішінде %2 хаттамада &quot;%3&quot; көрсетілмеген: оның қосындысы қалған хаттамаларды қамтиды, ал оны пайдаланатын пайыз тек оның екі көрсеткіші де берілген хаттамаларды қамтиды.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no protocol gives %2.</source>
        <translation>%1: ешбір хаттамада %2 көрсетілмеген.</translation>
    </message>
    <message>
        <source>%1: no protocol gives votes for %2.</source>
        <translation>%1: ешбір хаттамада %2 үшін дауыстар көрсетілмеген.</translation>
    </message>
</context>
<context>
    <name>SummaryReportFile</name>
    <message>
        <source>%1: choose a .xlsx or .csv file</source>
        <translation>%1: .xlsx немесе .csv файлын таңдаңыз</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>SummaryReportWriter</name>
    <message>
        <source>TOTAL</source>
        <translation>БАРЛЫҒЫ</translation>
    </message>
    <message>
        <source>UIK %1</source>
        <translation>УСК %1</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: a demonstration, not real election results.</source>
        <translation>СИНТЕТИКАЛЫҚ ДЕРЕКТЕР: демонстрация, нақты сайлау нәтижелері емес.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>саны</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>published</source>
        <translation>жарияланған</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Сайлаушылар</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Дауыс бергендер</translation>
    </message>
    <message>
        <source>Unused ballots</source>
        <translation>Пайдаланылмаған бюллетеньдер</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Бәріне қарсы</translation>
    </message>
    <message>
        <source>Spoiled ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Пайдаланылмаған</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Жарамсыз</translation>
    </message>
    <message>
        <source>%1: a total published for the whole territory, %2 voters on the list.</source>
        <translation>%1: бүкіл аумақ бойынша жарияланған жиынтық, тізімдегі сайлаушылар саны %2.</translation>
    </message>
    <message>
        <source>Shares of parties and spoiled ballots: of %1. Voted: of voters on the list. Unused ballots: of %2.</source>
        <translation>Партиялар мен жарамсыз бюллетеньдердің үлестері: %1 ішінен. Дауыс бергендер: тізімдегі сайлаушылардан. Пайдаланылмаған бюллетеньдер: %2 ішінен.</translation>
    </message>
    <message>
        <source>Shares are rounded by the largest remainder, so that each column adds up to 100%.</source>
        <translation>Үлестер ең үлкен қалдық әдісімен дөңгелектенген, сондықтан әр бағанның қосындысы 100%.</translation>
    </message>
    <message>
        <source>%1: parties over the %2% threshold of %3: %4</source>
        <translation>%1: %3 бойынша %2% шекті мәннен асқан партиялар: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%1: turnout by region from %2 (%3) to %4 (%5); mean of the %n region(s) %6, overall %7.</source>
        <translation>
            <numerusform>%1: өңірлер бойынша қатысу ең төмен — %2 (%3), ең жоғары — %4 (%5); %n өңірдің орташасы %6, жалпы %7.</numerusform>
            <numerusform>%1: өңірлер бойынша қатысу ең төмен — %2 (%3), ең жоғары — %4 (%5); %n өңірдің орташасы %6, жалпы %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: spoiled ballots by region from %2 (%3) to %4 (%5).</source>
        <translation>%1: өңірлер бойынша жарамсыз бюллетеньдер ең төмен — %2 (%3), ең жоғары — %4 (%5).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <source>%1: seats (%2, largest remainder among the lists over the threshold): %3.</source>
        <translation>%1: мандаттар (%2, шекті мәннен асқан тізімдер арасында ең үлкен қалдық әдісі): %3.</translation>
    </message>
    <message>
        <source>%1: seats these figures would give (%2, largest remainder among the lists over the threshold): %3.</source>
        <translation>%1: осы деректер беретін мандаттар (%2, шекті мәннен асқан тізімдер арасында ең үлкен қалдық әдісі): %3.</translation>
    </message>
    <message>
        <source>%1: the last seat went to one of equal remainders; the law&apos;s tie rule decides it.</source>
        <translation>%1: соңғы мандат тең қалдықтардың біріне берілді; оны заңдағы тең жағдай ережесі шешеді.</translation>
    </message>
    <message>
        <source>%1: the regions&apos; figures are the sums of their precincts; the overall figure is the published total.</source>
        <translation>%1: өңірлердің көрсеткіштері — олардың учаскелерінің қосындысы; жалпы көрсеткіш — жарияланған жиынтық.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln precinct(s), %2 voters on the list.</source>
        <translation>
            <numerusform>%1: %Ln учаске, тізімдегі сайлаушылар %2.</numerusform>
            <numerusform>%1: %Ln учаске, тізімдегі сайлаушылар %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Бақыланған</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Күтілетін</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Артығы</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>қатысу</translation>
    </message>
    <message>
        <source>leader&apos;s share</source>
        <translation>көшбасшы үлесі</translation>
    </message>
    <message>
        <source>All precincts</source>
        <translation>Барлық учаскелер</translation>
    </message>
    <message>
        <source>Shares of parties: of %1. Spoiled ballots: of %2. Voted: of voters on the list. Unused ballots: of %3.</source>
        <translation>Партиялардың үлестері: %1 ішінен. Жарамсыз бюллетеньдер: %2 ішінен. Дауыс бергендер: тізімдегі сайлаушылардан. Пайдаланылмаған бюллетеньдер: %3 ішінен.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>TIK</source>
        <translation>АСК</translation>
    </message>
</context>
<context>
    <name>SummaryReportXlsx</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 жазу мүмкін емес</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>Аумақтар бойынша</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>Статистикалық талдау</translation>
    </message>
</context>
<context>
    <name>TerritoryEditor</name>
    <message>
        <source>precinct No. %1</source>
        <translation>№ %1 учаске</translation>
    </message>
    <message>
        <source>There is no territory with id %1 in this campaign (deleted meanwhile?).</source>
        <translation>Бұл науқанда id %1 болатын аумақ жоқ (осы арада жойылған ба?).</translation>
    </message>
    <message>
        <source>%1 must be placed inside the country, a region or a district.</source>
        <translation>%1 ел, өңір немесе аудан ішіне орналастырылуы керек.</translation>
    </message>
    <message>
        <source>%1 cannot be placed inside %2: it must go into a larger unit.</source>
        <translation>%1 %2 ішіне орналастырылмайды: оны жоғарырақ деңгейдегі аумаққа орналастыру керек.</translation>
    </message>
    <message>
        <source>A precinct needs its number.</source>
        <translation>Учаскенің нөмірі болуы керек.</translation>
    </message>
    <message>
        <source>%1 already has precinct No. %2.</source>
        <translation>%1 ішінде № %2 учаске бұрыннан бар.</translation>
    </message>
    <message>
        <source>A district or region needs a name.</source>
        <translation>Аудан немесе өңірдің атауы болуы керек.</translation>
    </message>
    <message>
        <source>recording the territory change</source>
        <translation>аумақ өзгерісін тіркеу</translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation>%1 атауын өзгерту</translation>
    </message>
    <message>
        <source>moving %1</source>
        <translation>%1 орнын ауыстыру</translation>
    </message>
    <message>
        <source>looking below %1</source>
        <translation>%1 ішінен іздеу</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n protocol(s) were entered or imported there. Move the precincts elsewhere first, or keep it.</source>
        <translation>
            <numerusform>%1 жою мүмкін емес: онда %n хаттама енгізілген немесе импортталған. Алдымен учаскелерді басқа жерге ауыстырыңыз немесе оны қалдырыңыз.</numerusform>
            <numerusform>%1 жою мүмкін емес: онда %n хаттама енгізілген немесе импортталған. Алдымен учаскелерді басқа жерге ауыстырыңыз немесе оны қалдырыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: photos or unsaved protocol drafts belong to it.</source>
        <translation>%1 жою мүмкін емес: оған фотолар немесе сақталмаған хаттама жобалары тиесілі.</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>reading the territory history</source>
        <translation>аумақ тарихын оқу</translation>
    </message>
    <message>
        <source>This campaign is the kit of office %1, which covers the regions %2 only: %3 cannot go into %4, outside them (headquarters would set it aside). Add it at headquarters, or at the office whose kit holds that region.</source>
        <translation>Бұл науқан — %1 кеңсесінің жинағы, ол тек %2 өңірлерін қамтиды: %3 олардан тыс жатқан %4 ішіне орналастырылмайды (штаб оны шетке қояр еді). Оны штабта немесе жинағында сол өңір бар кеңседе қосыңыз.</translation>
    </message>
</context>
<context>
    <name>TerritoryIndex</name>
    <message>
        <source>UIK %1</source>
        <translation>УСК %1</translation>
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
        <translation>%1: комиссияның өзі санаған</translation>
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
        <translation>аумақтарды оқу сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>TerritoryResolver</name>
    <message>
        <source>a row names no precinct</source>
        <translation>жолда учаске көрсетілмеген</translation>
    </message>
    <message>
        <source>a row of votes counted by a TIK names no TIK</source>
        <translation>АСК-ның өзі санаған дауыстар жолында АСК көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>TerritorySearch</name>
    <message>
        <source>looking for precinct %1</source>
        <translation>%1 учаскені іздеу</translation>
    </message>
</context>
<context>
    <name>UnavailableCommand</name>
    <message>
        <source>Not in this build (built with -DSAYLAU_GUI=OFF, without the renderer)</source>
        <translation>Бұл жинақта жоқ (-DSAYLAU_GUI=OFF арқылы, сызу модулінсіз жиналған)</translation>
    </message>
    <message>
        <source>%1 is not in this build: it was built without the renderer (-DSAYLAU_GUI=OFF); use a build with the desktop program</source>
        <translation>%1 бұл жинақта жоқ: ол сызу модулінсіз жиналған (-DSAYLAU_GUI=OFF); жұмыс үстелі бағдарламасы бар жинақты пайдаланыңыз</translation>
    </message>
    <message>
        <source>saylau %1: %2</source>
        <translation>saylau %1: %2</translation>
    </message>
    <message>
        <source>drawing charts</source>
        <translation>диаграммаларды салу</translation>
    </message>
</context>
<context>
    <name>VerifyHistoryCommand</name>
    <message numerus="yes">
        <source>intact: %n history row(s)</source>
        <translation>
            <numerusform>бүтін: тарихтың %n жолы</numerusform>
            <numerusform>бүтін: тарихтың %n жолы</numerusform>
        </translation>
    </message>
    <message>
        <source>, head %1</source>
        <translation>, соңғы хэш %1</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>бұзылған: %1</translation>
    </message>
    <message>
        <source>broken at history row %1: %2</source>
        <translation>тарихтың %1 жолында бұзылған: %2</translation>
    </message>
    <message>
        <source>, copy %1</source>
        <translation>, %1 көшірмесі</translation>
    </message>
    <message>
        <source>  protocol #%1 (no longer in the file), revision %2, saved at %3</source>
        <translation>  № %1 хаттама (файлда енді жоқ), %2-редакция, сақталған уақыты %3</translation>
    </message>
    <message>
        <source>Check that no protocol history row was edited, deleted, inserted or moved, and that every protocol is as its history left it</source>
        <translation>Хаттамалар тарихының бірде-бір жолы өңделмегенін, жойылмағанын, кірістірілмегенін немесе жылжытылмағанын және әр хаттама өз тарихына сәйкес екенін тексеру</translation>
    </message>
    <message>
        <source>%1, contest %2, source %3%4</source>
        <translation>%1, %2 сайлауы, дереккөз: %3%4</translation>
    </message>
    <message>
        <source>  protocol: %1, revision %2, saved at %3</source>
        <translation>  хаттама: %1, %2-редакция, сақталған уақыты %3</translation>
    </message>
    <message numerus="yes">
        <source>broken: %n protocol(s) not as their history left them</source>
        <translation>
            <numerusform>бұзылған: %n хаттама өз тарихына сәйкес емес</numerusform>
            <numerusform>бұзылған: %n хаттама өз тарихына сәйкес емес</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n protocol(s) not as their history left them (the %1 history rows themselves are intact, head %2)</source>
        <translation>
            <numerusform>бұзылған: %n хаттама өз тарихына сәйкес емес (тарих жолдарының өзі бүтін: %1, соңғы хэш %2)</numerusform>
            <numerusform>бұзылған: %n хаттама өз тарихына сәйкес емес (тарих жолдарының өзі бүтін: %1, соңғы хэш %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>  protocol: %1; its last history row %2 (revision %3, saved at %4) says otherwise:</source>
        <translation>  хаттама: %1; оның тарихтағы соңғы жолы %2 (%3-редакция, сақталған уақыты %4) басқаша көрсетеді:</translation>
    </message>
    <message>
        <source>    %1: %2 in the history, %3 stored</source>
        <translation>    %1: тарихта %2, сақталғаны %3</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 жолы</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>%1 қалтасын жасау мүмкін емес</translation>
    </message>
    <message>
        <source>SaylauDesk</source>
        <translation>SaylauDesk</translation>
    </message>
    <message>
        <source>The demo campaign could not be created:
%1</source>
        <translation>Демо науқанды жасау мүмкін болмады:
%1</translation>
    </message>
    <message>
        <source>Election-monitoring desk: protocols, official figures, control relations.</source>
        <translation>Сайлауды бақылау үстелі: хаттамалар, ресми деректер, бақылау арақатынастары.</translation>
    </message>
    <message>
        <source>The campaign file to open (the demo when none).</source>
        <translation>Ашылатын науқан файлы (көрсетілмесе — демо).</translation>
    </message>
</context>
<context>
    <name>saylau::ChartsPane</name>
    <message>
        <source>Contest:</source>
        <translation>Сайлау:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Диаграмма:</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Деректер:</translation>
    </message>
    <message>
        <source>Sort regions by:</source>
        <translation>Өңірлерді сұрыптау:</translation>
    </message>
    <message>
        <source>Shares of:</source>
        <translation>Үлестер негізі:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <source>Party shares by region</source>
        <translation>Партиялардың өңірлер бойынша үлестері</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Өңірлер бойынша сайлаушылардың қатысуы</translation>
    </message>
    <message>
        <source>Party shares, observed and official</source>
        <translation>Партиялардың үлестері, бақыланған және ресми</translation>
    </message>
    <message>
        <source>Turnout across precincts</source>
        <translation>Учаскелер бойынша қатысу</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Бақыланған</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>Observed and official</source>
        <translation>Бақыланған және ресми</translation>
    </message>
    <message>
        <source>ballots cast (spoiled included)</source>
        <translation>дауыс беруге қатысқандар (жарамсыздарын қоса)</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>жарамды дауыстар</translation>
    </message>
    <message>
        <source>Show spoiled ballots</source>
        <translation>Жарамсыз бюллетеньдерді көрсету</translation>
    </message>
    <message>
        <source>Name shown at the foot of the chart</source>
        <translation>Диаграмманың төменгі жағында көрсетілетін атау</translation>
    </message>
    <message>
        <source>Export PNG 1920×1080…</source>
        <translation>PNG 1920×1080 экспорттау…</translation>
    </message>
    <message>
        <source>Export PNG 3840×2160…</source>
        <translation>PNG 3840×2160 экспорттау…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG экспорттау…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF экспорттау…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Алмасу буферіне көшіру</translation>
    </message>
    <message>
        <source>the leading party</source>
        <translation>көшбасшы партия</translation>
    </message>
    <message>
        <source>Open a campaign to draw its charts.</source>
        <translation>Диаграммаларын салу үшін науқанды ашыңыз.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 файлдары (*.%2)</translation>
    </message>
    <message>
        <source>Party colours</source>
        <translation>Партиялардың түстері</translation>
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
        <translation>Бюллетеньдегі түстер</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 түсі</translation>
    </message>
    <message>
        <source>Organisation&apos;s logo</source>
        <translation>Ұйымның логотипі</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg *.svg);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Export summary report</source>
        <translation>Жиынтық есепті экспорттау</translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Диаграммалары бар PDF (*.pdf);;Электрондық кесте (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export summary report…</source>
        <translation>Жиынтық есепті экспорттау…</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>Көшбасшы:</translation>
    </message>
    <message>
        <source>Forensics: turnout in fine bins (the saw)</source>
        <translation>Талдау: қатысу ұсақ аралықтармен (&quot;ара&quot;)</translation>
    </message>
    <message>
        <source>Forensics: turnout and the leader&apos;s share, per precinct</source>
        <translation>Талдау: қатысу және көшбасшы үлесі, учаскелер бойынша</translation>
    </message>
    <message>
        <source>Forensics: fingerprint (turnout × leader&apos;s share)</source>
        <translation>Талдау: &quot;саусақ ізі&quot; (қатысу × көшбасшы үлесі)</translation>
    </message>
    <message>
        <source>Forensics: votes by turnout</source>
        <translation>Талдау: қатысу бойынша дауыстар</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Аралықтар:</translation>
    </message>
    <message>
        <source>0.1 percentage point</source>
        <translation>0.1 пайыздық тармақ</translation>
    </message>
    <message>
        <source>0.5 percentage point</source>
        <translation>0.5 пайыздық тармақ</translation>
    </message>
    <message>
        <source>1 percentage point</source>
        <translation>1 пайыздық тармақ</translation>
    </message>
    <message>
        <source>Sample estimate and official result</source>
        <translation>Іріктеме бағалауы және ресми нәтиже</translation>
    </message>
    <message>
        <source>Forensics: fingerprint of each region (small multiples)</source>
        <translation>Талдау: әр өңірдің &quot;саусақ ізі&quot; (шағын графиктер сериясы)</translation>
    </message>
    <message>
        <source>With a Forensics page</source>
        <translation>&quot;Статистикалық талдау&quot; бетімен</translation>
    </message>
    <message>
        <source>The integer-percentage test and the excess-votes estimate, as saylau forensics computes them; not in the CSV file.</source>
        <translation>Бүтін пайыздар тесті және артық дауыстарды бағалау, saylau forensics есептейтіндей; CSV файлына кірмейді.</translation>
    </message>
</context>
<context>
    <name>saylau::ColumnMappingDialog</name>
    <message>
        <source>Column Mapping</source>
        <translation>Бағандарды сәйкестендіру</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message numerus="yes">
        <source>The file is %1, %2-separated, with %n column(s). Choose what each column becomes.</source>
        <translation>
            <numerusform>Файл: %1, бөлгіш — %2, %n баған. Әр баған неге айналатынын таңдаңыз.</numerusform>
            <numerusform>Файл: %1, бөлгіш — %2, %n баған. Әр баған неге айналатынын таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping confirmed last time for files of this shape from this source is applied.</source>
        <translation>Осы дереккөзден алынған осындай құрылымдағы файлдар үшін соңғы рет расталған сәйкестендіру қолданылды.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#&lt;/b&gt;</source>
        <translation>&lt;b&gt;#&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Файлдағы баған&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stored as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Қалай сақталады&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сәйкестік&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>A guess from the column&apos;s label: check it</source>
        <translation>Баған атауы бойынша болжам: тексеріңіз</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both stored as %3.</source>
        <translation>%1 және %2 бағандары екеуі де %3 ретінде сақталады.</translation>
    </message>
    <message>
        <source>Every column is mapped.</source>
        <translation>Барлық бағандар сәйкестендірілді.</translation>
    </message>
    <message>
        <source>Strict import: map these columns or set them to &quot;ignored&quot;: %1</source>
        <translation>Қатаң импорт: мына бағандарды сәйкестендіріңіз немесе &quot;еленбейді&quot; деп белгілеңіз: %1</translation>
    </message>
    <message>
        <source>Mapped to nothing, kept as text with each record: %1</source>
        <translation>Ешнәрсеге сәйкестендірілмеген, әр жазбамен бірге мәтін ретінде сақталады: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first rows as they will be stored&lt;/b&gt;</source>
        <translation>&lt;b&gt;Алғашқы жолдар сақталатын түрінде&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The first rows as they will be stored&lt;/b&gt; (%n of them would be refused: see the rejected rows option or correct the file)</source>
        <translation>
            <numerusform>&lt;b&gt;Алғашқы жолдар сақталатын түрінде&lt;/b&gt; (олардың %n жолы қабылданбайды: қабылданбаған жолдар опциясын қараңыз немесе файлды түзетіңіз)</numerusform>
            <numerusform>&lt;b&gt;Алғашқы жолдар сақталатын түрінде&lt;/b&gt; (олардың %n жолы қабылданбайды: қабылданбаған жолдар опциясын қараңыз немесе файлды түзетіңіз)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 is a party the ballot does not have: go back and take the ballot list from the file, or store the column otherwise.</source>
        <translation>%1 баған — бюллетеньде жоқ партия: артқа оралып, бюллетень тізімін файлдан алыңыз немесе бағанды басқаша сақтаңыз.</translation>
    </message>
    <message>
        <source>No column is stored as &quot;%1&quot;: the rows would have nowhere to go.</source>
        <translation>Ешбір баған &quot;%1&quot; ретінде сақталмайды: жолдардың баратын жері болмайды.</translation>
    </message>
    <message>
        <source>holds counts: choose</source>
        <translation>сандар бар: таңдаңыз</translation>
    </message>
    <message>
        <source>Column %1 holds counts but would be kept as text, losing its votes: go back and take the ballot list from the file, or choose what it is (&quot;kept as text&quot; too, on purpose).</source>
        <translation>%1 бағанда сандар бар, бірақ ол мәтін ретінде сақталып, дауыстары жоғалады: артқа оралып, бюллетень тізімін файлдан алыңыз немесе оның не екенін таңдаңыз (әдейі қаласаңыз, &quot;мәтін ретінде сақталады&quot; нұсқасын да).</translation>
    </message>
</context>
<context>
    <name>saylau::ConflictResolutionDialog</name>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Шешу</translation>
    </message>
    <message>
        <source>Resolve Conflicts</source>
        <translation>Қайшылықтарды шешу</translation>
    </message>
    <message>
        <source>Each column is one place&apos;s version of the protocol. Click a value to take it; the last column is what the protocol will say.</source>
        <translation>Әр баған — бір жердегі хаттама нұсқасы. Мәнді таңдау үшін оны басыңыз; соңғы баған хаттаманың қандай болатынын көрсетеді.</translation>
    </message>
    <message>
        <source>official</source>
        <translation>ресми</translation>
    </message>
    <message>
        <source>observer copy %1</source>
        <translation>бақылаушы көшірмесі %1</translation>
    </message>
    <message>
        <source>No conflicts: every protocol has one version.</source>
        <translation>Қайшылықтар жоқ: әр хаттаманың бір нұсқасы бар.</translation>
    </message>
    <message>
        <source>%1 saved by %2 at %3</source>
        <translation>%1: %2 сақтаған, %3</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Таңдалды</translation>
    </message>
    <message>
        <source>Versions: %1.</source>
        <translation>Нұсқалар: %1.</translation>
    </message>
    <message>
        <source>The versions differ on this line: click the value to take</source>
        <translation>Бұл жолда нұсқалар әртүрлі: алынатын мәнді басыңыз</translation>
    </message>
    <message numerus="yes">
        <source>The chosen figures break %n control relation(s): %1.</source>
        <translation>
            <numerusform>Таңдалған деректер %n бақылау арақатынасын бұзады: %1.</numerusform>
            <numerusform>Таңдалған деректер %n бақылау арақатынасын бұзады: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve with figures that break control relations?</source>
        <translation>Қайшылықты бақылау арақатынастарын бұзатын деректермен шешу керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>The chosen figures break %n control relation(s):</source>
        <translation>
            <numerusform>Таңдалған деректер %n бақылау арақатынасын бұзады:</numerusform>
            <numerusform>Таңдалған деректер %n бақылау арақатынасын бұзады:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve so only if the paper protocol itself says so; otherwise cancel and choose the values again.</source>
        <translation>Қағаз хаттаманың өзінде солай жазылған болса ғана осылай шешіңіз; әйтпесе бас тартып, мәндерді қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Resolve anyway</source>
        <translation>&amp;Бәрібір шешу</translation>
    </message>
</context>
<context>
    <name>saylau::DiscrepancyTableModel</name>
    <message numerus="yes">
        <source>the copy breaks %n control relation(s) of its form</source>
        <translation>
            <numerusform>көшірме өз нысанының %n бақылау арақатынасын бұзады</numerusform>
            <numerusform>көшірме өз нысанының %n бақылау арақатынасын бұзады</numerusform>
        </translation>
    </message>
    <message>
        <source>voters on the list differ by %1 from the official figure: likely another precinct&apos;s protocol</source>
        <translation>тізімдегі сайлаушылар саны ресми деректерден %1 өзгеше: басқа учаскенің хаттамасы болуы мүмкін</translation>
    </message>
    <message>
        <source>the sum includes doubtful copies</source>
        <translation>қосындыға күмәнді көшірмелер кіреді</translation>
    </message>
    <message>
        <source>(official total; copies of %1 of %2 precincts)</source>
        <translation>(ресми жиынтық; %2 учаскенің %1 көшірмесі)</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>күмәнді</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Анықталғаны</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>The larger of the votes added and taken by the official figures</source>
        <translation>Ресми деректер қосқан және алған дауыстардың үлкені</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ығысу</translation>
    </message>
    <message>
        <source>Votes added</source>
        <translation>Қосылған дауыстар</translation>
    </message>
    <message>
        <source>Votes taken</source>
        <translation>Алынған дауыстар</translation>
    </message>
    <message>
        <source>Official minus copy on the measure turnout is counted from</source>
        <translation>Қатысу есептелетін көрсеткіш бойынша ресми деректер минус көшірме</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Gained, lost</source>
        <translation>Ұтқаны, ұтылғаны</translation>
    </message>
</context>
<context>
    <name>saylau::DiscrepancyWindow</name>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Барлық партиялар</translation>
    </message>
    <message>
        <source>%1 precincts compared like for like; %2 differ (%3 resting on a doubtful copy); %4 rows shown.</source>
        <translation>%1 учаске бірдей негізде салыстырылды; %2 учаскеде айырмашылық бар (%3 күмәнді көшірмеге негізделген); %4 жол көрсетілді.</translation>
    </message>
    <message>
        <source>Synthetic demo data.</source>
        <translation>Синтетикалық демо деректер.</translation>
    </message>
    <message>
        <source>Discrepancies — SaylauDesk</source>
        <translation>Айырмашылықтар — SaylauDesk</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>Сайлау:</translation>
    </message>
    <message>
        <source>Set aside doubtful copies</source>
        <translation>Күмәнді көшірмелерді шеттету</translation>
    </message>
    <message>
        <source>Copies that break their own control relations, or whose voters on the list are far from the official figure, are left out of the comparison.</source>
        <translation>Өз бақылау арақатынастарын бұзатын немесе тізімдегі сайлаушылар саны ресми деректерден алшақ көшірмелер салыстыруға енгізілмейді.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>Shift at least:</source>
        <translation>Ығысу кемінде:</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Барлық анықталғандар</translation>
    </message>
    <message>
        <source>Everything compared</source>
        <translation>Барлық салыстырылғандар</translation>
    </message>
    <message>
        <source>turnout %1 ballots</source>
        <translation>қатысу: %1 бюллетень</translation>
    </message>
    <message>
        <source>Official figures against the copies: %1.</source>
        <translation>Ресми деректер мен көшірмелерді салыстыру: %1.</translation>
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
    <message>
        <source>Party %1: %2</source>
        <translation>%1 партия: %2</translation>
    </message>
    <message numerus="yes">
        <source>The resolved figures break %n control relation(s), as the paper protocol may: %1. Check the lines again; verifying asks you to confirm it so.</source>
        <translation>
            <numerusform>Таңдалған деректер %n бақылау арақатынасын бұзады (қағаз хаттамада да солай болуы мүмкін): %1. Жолдарды қайта тексеріңіз; хаттаманы растағанда мұны бөлек растау керек болады.</numerusform>
            <numerusform>Таңдалған деректер %n бақылау арақатынасын бұзады (қағаз хаттамада да солай болуы мүмкін): %1. Жолдарды қайта тексеріңіз; хаттаманы растағанда мұны бөлек растау керек болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify a protocol that breaks control relations?</source>
        <translation>Бақылау арақатынастарын бұзатын хаттаманы растау керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>The figures to be verified break %n control relation(s):</source>
        <translation>
            <numerusform>Расталатын деректер %n бақылау арақатынасын бұзады:</numerusform>
            <numerusform>Расталатын деректер %n бақылау арақатынасын бұзады:</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify only if the paper protocol itself says so; otherwise cancel and check the lines again.</source>
        <translation>Қағаз хаттаманың өзінде солай жазылған болса ғана растаңыз; әйтпесе бас тартып, жолдарды қайта тексеріңіз.</translation>
    </message>
    <message>
        <source>&amp;Verify anyway</source>
        <translation>&amp;Бәрібір растау</translation>
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
        <source>Choose a precinct in the navigator to enter its protocol.</source>
        <translation>Хаттамасын енгізу үшін навигатордан учаскені таңдаңыз.</translation>
    </message>
    <message>
        <source>Second entry (blind): type the paper protocol again; the first entry stays hidden.</source>
        <translation>Қайта енгізу (соқыр): қағаз хаттаманы қайтадан теріңіз; бірінші енгізу жасырын қалады.</translation>
    </message>
    <message>
        <source>Unsaved values typed at %1 were restored.</source>
        <translation>%1 кезінде терілген сақталмаған мәндер қалпына келтірілді.</translation>
    </message>
    <message>
        <source>Protocol entry — SaylauDesk</source>
        <translation>Хаттамаларды енгізу — SaylauDesk</translation>
    </message>
    <message>
        <source>Second entry by %1</source>
        <translation>Қайта енгізген: %1</translation>
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
        <translation>Сақталды: %1 учаске, %2-редакция</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Осы уақытта басқа біреу сақтап қойды</translation>
    </message>
    <message>
        <source>Keep &amp;my values</source>
        <translation>&amp;Менің мәндерімді қалдыру</translation>
    </message>
    <message>
        <source>Load the &amp;stored values</source>
        <translation>&amp;Сақталған мәндерді жүктеу</translation>
    </message>
    <message>
        <source>That was the last precinct of this district.</source>
        <translation>Бұл осы ауданның соңғы учаскесі еді.</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>Қайта енгізу</translation>
    </message>
    <message>
        <source>You entered this protocol yourself. The second entry must be typed by another operator, who has not seen the first.</source>
        <translation>Бұл хаттаманы өзіңіз енгіздіңіз. Қайта енгізуді біріншісін көрмеген басқа оператор теруі керек.</translation>
    </message>
    <message>
        <source>The protocol is verified.</source>
        <translation>Хаттама расталды.</translation>
    </message>
    <message>
        <source>Attach a Photo or Scan of the Protocol</source>
        <translation>Хаттаманың фотосын немесе сканерін тіркеу</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not an image this program can show.</source>
        <translation>%1 — бұл бағдарлама көрсете алатын сурет емес.</translation>
    </message>
    <message>
        <source>Restore unsaved protocols?</source>
        <translation>Сақталмаған хаттамаларды қалпына келтіру керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) you typed were not saved (the program was closed or stopped), the first from %1. Restore them? No discards them.</source>
        <translation>
            <numerusform>Сіз терген %n хаттама сақталмады (бағдарлама жабылды немесе тоқтады), біріншісі: %1. Оларды қалпына келтіру керек пе? «Жоқ» оларды жояды.</numerusform>
            <numerusform>Сіз терген %n хаттама сақталмады (бағдарлама жабылды немесе тоқтады), біріншісі: %1. Оларды қалпына келтіру керек пе? «Жоқ» оларды жояды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;Operator…</source>
        <translation>&amp;Операторды ауыстыру…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing changed since revision %1: nothing to save.</source>
        <translation>%1-редакциядан бері ештеңе өзгерген жоқ: сақтайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Nothing typed: nothing to save.</source>
        <translation>Ештеңе енгізілмеді: сақтайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1: stored %2, yours %3</source>
        <translation>%1: сақталғаны %2, сіздікі %3</translation>
    </message>
    <message>
        <source>Kept as the other save left them (you did not change them): %1.</source>
        <translation>Басқа сақтаушы қалдырғандай қалды (сіз оларды өзгертпедіңіз): %1.</translation>
    </message>
    <message>
        <source>No line was changed by both of you: keeping your values saves your changes and theirs.</source>
        <translation>Бір жолды да екеуіңіз бірдей өзгертпедіңіз: мәндеріңізді қалдырсаңыз, сіздің де, басқаның да өзгерістері сақталады.</translation>
    </message>
    <message>
        <source>Changed by both of you, differently:</source>
        <translation>Екеуіңіз де, әртүрлі өзгерткендер:</translation>
    </message>
</context>
<context>
    <name>saylau::ExchangeActions</name>
    <message>
        <source>&amp;Send Package to an Office…</source>
        <translation>Кеңсеге пакет &amp;жіберу…</translation>
    </message>
    <message>
        <source>&amp;Send to Headquarters…</source>
        <translation>Штабқа &amp;жіберу…</translation>
    </message>
    <message>
        <source>Re&amp;ceive Packages…</source>
        <translation>Пакеттерді &amp;алу…</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>&amp;Қайшылықтарды шешу…</translation>
    </message>
    <message>
        <source>Send Package</source>
        <translation>Пакетті жіберу</translation>
    </message>
    <message>
        <source>The &amp;office the package is for:</source>
        <translation>Пакет арналған &amp;кеңсе:</translation>
    </message>
    <message>
        <source>SaylauDesk packages (*.saylau-package);;All files (*)</source>
        <translation>SaylauDesk пакеттері (*.saylau-package);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Package Ready</source>
        <translation>Пакет дайын</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n хаттама</numerusform>
            <numerusform>%n хаттама</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive Packages</source>
        <translation>Пакеттерді алу</translation>
    </message>
    <message>
        <source>The package for %1 carries %2 and %3 (%4 history rows, %5 new precincts or districts, %6 renames, moves or deletions of them).

%7

Take it to %1 on a stick, by e-mail or by messenger; it is signed, so any change on the way is refused.</source>
        <translation>%1 үшін пакетте %2 және %3 бар (%4 тарих жолы, %5 жаңа учаске немесе аудан, олардың %6 атауын өзгерту, жылжыту немесе жою).

%7

Оны %1 адресатына флешкамен, электрондық поштамен немесе мессенджер арқылы жеткізіңіз; ол қолтаңбамен қорғалған, сондықтан жолдағы кез келген өзгеріс қабылданбайды.</translation>
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
        <translation>Сақтау / өріс</translation>
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
        <translation>%1-редакция, %2, орындаған: %3, %4</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>%1 жол (%2)</translation>
    </message>
    <message>
        <source>Revision %1, written by an import or another program: see the import records</source>
        <translation>%1-редакцияны импорт немесе басқа бағдарлама жазды: импорт жазбаларын қараңыз</translation>
    </message>
    <message>
        <source>unmapped columns</source>
        <translation>сәйкестендірілмеген бағандар</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
</context>
<context>
    <name>saylau::ImportDialog</name>
    <message>
        <source>Take the &amp;ballot list from the file (parties or candidates in column order)</source>
        <translation>&amp;Бюллетень тізімін файлдан алу (партиялар немесе кандидаттар бағандар ретімен)</translation>
    </message>
    <message>
        <source>&amp;Strict: a column that maps to nothing is an error</source>
        <translation>&amp;Қатаң: ешнәрсеге сәйкестендірілмеген баған — қате</translation>
    </message>
    <message>
        <source>Import the good rows, &amp;write the rejected ones with reasons to:</source>
        <translation>Дұрыс жолдарды импорттау, қабылданбағандарын себептерімен мына файлға &amp;жазу:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Ш&amp;олу…</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Нәтижелерді импорттау</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Келесі…</translation>
    </message>
    <message>
        <source>Official (the election commission&apos;s figures)</source>
        <translation>Ресми (сайлау комиссиясының деректері)</translation>
    </message>
    <message>
        <source>Observer (copies of protocols brought by observers)</source>
        <translation>Бақылаушы (бақылаушылар әкелген хаттама көшірмелері)</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Territorial commission (TIK)</source>
        <translation>Аумақтық комиссия (АСК)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>e.g. the observer&apos;s name; keeps several copies of one precinct apart</source>
        <translation>мысалы, бақылаушының аты; бір учаскенің бірнеше көшірмесін ажыратады</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Results &amp;file (CSV):</source>
        <translation>Нәтижелер &amp;файлы (CSV):</translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation>&amp;Сайлау:</translation>
    </message>
    <message>
        <source>&amp;Whose figures:</source>
        <translation>&amp;Кімнің деректері:</translation>
    </message>
    <message>
        <source>Observer &amp;copy label:</source>
        <translation>Бақылаушы &amp;көшірмесінің белгісі:</translation>
    </message>
    <message>
        <source>A row of the file is a:</source>
        <translation>Файлдың бір жолы:</translation>
    </message>
    <message>
        <source>Without the last option the first bad row stops the import and the campaign stays exactly as it was.</source>
        <translation>Соңғы опциясыз бірінші қате жол импортты тоқтатады және науқан бұрынғы күйінде қалады.</translation>
    </message>
    <message>
        <source>%1-rejected</source>
        <translation>%1-rejected</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV файлдары (*.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation>Қабылданбаған жолдар</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Precinct list only (no figures)</source>
        <translation>Тек учаскелер тізімі (деректерсіз)</translation>
    </message>
    <message>
        <source>Region, TIK, precinct number and address of each commission: creates the precincts and sets their addresses before election day; no figures are stored.</source>
        <translation>Әр комиссияның өңірі, АСК-сы, учаске нөмірі және мекенжайы: учаскелер дауыс беру күніне дейін құрылып, мекенжайларын алады; хаттама деректері сақталмайды.</translation>
    </message>
</context>
<context>
    <name>saylau::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>The line of the file where the row starts</source>
        <translation>Файлда жол басталатын жол нөмірі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>TIK</source>
        <translation>АСК</translation>
    </message>
    <message>
        <source>Territorial election commission</source>
        <translation>Аумақтық сайлау комиссиясы</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>The precinct number as it will be stored</source>
        <translation>Сақталатын учаске нөмірі</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Kept as text</source>
        <translation>Мәтін ретінде сақталады</translation>
    </message>
    <message>
        <source>Columns that map to nothing, kept with the record</source>
        <translation>Ешнәрсеге сәйкес емес, жазбамен бірге сақталатын бағандар</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>The precinct&apos;s address</source>
        <translation>Учаскенің мекенжайы</translation>
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
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>&amp;Диаграммалар…</translation>
    </message>
    <message>
        <source>&amp;Discrepancies…</source>
        <translation>&amp;Айырмашылықтар…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About SaylauDesk</source>
        <translation>SaylauDesk &amp;туралы</translation>
    </message>
    <message>
        <source>Synthetic demo data: these figures were generated for demonstration and are not real election results.</source>
        <translation>Синтетикалық демо деректер: бұл көрсеткіштер демонстрация үшін генерацияланған және нақты сайлау нәтижелері емес.</translation>
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
        <translation>Науқанды ашу</translation>
    </message>
    <message>
        <source>Charts — SaylauDesk</source>
        <translation>Диаграммалар — SaylauDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SaylauDesk %1&lt;/h3&gt;&lt;p&gt;A desk for election observer groups: protocols brought from the precincts, official figures, their control relations and comparison.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SaylauDesk %1&lt;/h3&gt;&lt;p&gt;Сайлау бақылаушылары топтарына арналған үстел: учаскелерден әкелінген хаттамалар, ресми деректер, олардың бақылау арақатынастары және салыстыру.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SaylauDesk</source>
        <translation>SaylauDesk туралы</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open campaign:&lt;/b&gt; %1, %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ашық науқан:&lt;/b&gt; %1, %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synthetic demo data.&lt;/b&gt; The precinct figures were generated so that the totals match published results; no precinct&apos;s figures are real.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Синтетикалық демо деректер.&lt;/b&gt; Учаскелік көрсеткіштер жиынтықтары жарияланған нәтижелерге сәйкес келетіндей етіп генерацияланған; ешбір учаскенің көрсеткіштері нақты емес.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Protocol forms:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Хаттама нысандары:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Protocols</source>
        <translation>&amp;Хаттамалар</translation>
    </message>
    <message>
        <source>&amp;Enter Protocols…</source>
        <translation>Хаттамаларды &amp;енгізу…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Сақтық көшірме сақталды: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Back Up Every</source>
        <translation>Сақтық &amp;көшірме жиілігі</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минут сайын</numerusform>
            <numerusform>%n минут сайын</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sample of Precincts…</source>
        <translation>Учаскелер &amp;іріктемесі…</translation>
    </message>
    <message>
        <source>SaylauDesk campaigns (*.saylau *.db);;All files (*)</source>
        <translation>SaylauDesk науқандары (*.saylau *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Commit %1, built %2&lt;br&gt;Qt %3, SQLite %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Коммит %1, жинақталған уақыты %2&lt;br&gt;Qt %3, SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Серверге қосылу…</translation>
    </message>
</context>
<context>
    <name>saylau::NavigatorPane</name>
    <message>
        <source>There is no precinct No. %1</source>
        <translation>№ %1 учаске жоқ</translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation>&amp;Сайлау:</translation>
    </message>
    <message>
        <source>Go to precinct No.</source>
        <translation>№ учаскеге өту</translation>
    </message>
</context>
<context>
    <name>saylau::NewCampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Жаңа науқан</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Election preset:</source>
        <translation>&amp;Сайлау үлгісі:</translation>
    </message>
    <message>
        <source>Campaign &amp;file:</source>
        <translation>Науқан &amp;файлы:</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>науқан</translation>
    </message>
    <message>
        <source>New Campaign File</source>
        <translation>Жаңа науқан файлы</translation>
    </message>
    <message>
        <source>No election preset could be read.</source>
        <translation>Ешбір сайлау үлгісін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>%1, %2. Contests: %3. The precincts come later, by import or entry.</source>
        <translation>%1, %2. Сайлаулар: %3. Учаскелер кейін импорт немесе енгізу арқылы қосылады.</translation>
    </message>
    <message>
        <source>SaylauDesk campaigns (*.saylau *.db);;All files (*)</source>
        <translation>SaylauDesk науқандары (*.saylau *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>&amp;Empty ballots: the first import takes them from its file</source>
        <translation>&amp;Бос бюллетеньдер: алғашқы импорт оларды өз файлынан алады</translation>
    </message>
    <message>
        <source>as the preset names it</source>
        <translation>үлгідегідей</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>Сайлау &amp;атауы:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>Сайлау &amp;күні:</translation>
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
        <translation>Сіз сақтайтын әр хаттаманың тарихында көрсетілетін &amp;атыңыз:</translation>
    </message>
</context>
<context>
    <name>saylau::OverviewPane</name>
    <message>
        <source>Observer copies</source>
        <translation>Бақылаушы көшірмелері</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Official figures</source>
        <translation>Ресми деректер</translation>
    </message>
    <message>
        <source>Entry: %1 precincts; %2 entered, %3 verified, %4 with control relation errors, %5 not entered yet. Differing from the official figures: %6 (on doubtful copies: %7).</source>
        <translation>Енгізу: %1 учаске; %2 енгізілген, %3 расталған, %4 бақылау арақатынасы қатесімен, %5 әлі енгізілмеген. Ресми деректерден өзгеше: %6 (күмәнді көшірмелер бойынша: %7).</translation>
    </message>
    <message>
        <source>Each party&apos;s share: observer copies (solid) over official figures (pale).</source>
        <translation>Әр партияның үлесі: бақылаушы көшірмелері (тұтас) ресми деректер (бозғылт) аясында.</translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s). Choose one to see its protocols:</source>
        <translation>
            <numerusform>%n учаске. Хаттамаларын көру үшін біреуін таңдаңыз:</numerusform>
            <numerusform>%n учаске. Хаттамаларын көру үшін біреуін таңдаңыз:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saylau::PrecinctChoiceDialog</name>
    <message>
        <source>Precinct No. %1</source>
        <translation>№ %1 учаске</translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s) have No. %1. Choose the one you mean:</source>
        <translation>
            <numerusform>%n учаскенің нөмірі — %1. Қажеттісін таңдаңыз:</numerusform>
            <numerusform>%n учаскенің нөмірі — %1. Қажеттісін таңдаңыз:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saylau::PrecinctComparisonDialog</name>
    <message>
        <source>Save discrepancy sheet (PDF)…</source>
        <translation>Айырмашылықтар парағын сақтау (PDF)…</translation>
    </message>
    <message>
        <source>resting on a doubtful copy</source>
        <translation>күмәнді көшірмеге негізделген</translation>
    </message>
    <message>
        <source>official total against the copies of %1 of %2 precincts</source>
        <translation>%2 учаскенің %1 көшірмелерімен салыстырылған ресми жиынтық</translation>
    </message>
    <message>
        <source>Discrepancy sheet</source>
        <translation>Айырмашылықтар парағы</translation>
    </message>
    <message>
        <source>Save discrepancy sheet</source>
        <translation>Айырмашылықтар парағын сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
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
        <translation>Жол</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Observer copy</source>
        <translation>Бақылаушы көшірмесі</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырмашылық</translation>
    </message>
</context>
<context>
    <name>saylau::ProtocolFiguresModel</name>
    <message>
        <source>The sources differ on this line</source>
        <translation>Дереккөздер бұл жол бойынша өзгеше</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>Observer copy</source>
        <translation>Бақылаушы көшірмесі</translation>
    </message>
    <message>
        <source>Observer copy %1</source>
        <translation>Бақылаушы көшірмесі %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>As printed on the form</source>
        <translation>Нысанда басылғандай</translation>
    </message>
    <message>
        <source>Observer: %1</source>
        <translation>Бақылаушы: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Алынды: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2; the difference: %3</source>
        <translation>%1: %2; айырмашылығы: %3</translation>
    </message>
</context>
<context>
    <name>saylau::ProtocolView</name>
    <message>
        <source>Choose a precinct in the navigator</source>
        <translation>Навигатордан учаскені таңдаңыз</translation>
    </message>
    <message>
        <source>No protocol of this contest has been entered or imported for this territory.</source>
        <translation>Бұл аумақ үшін осы сайлаудың ешбір хаттамасы енгізілмеген немесе импортталмаған.</translation>
    </message>
    <message>
        <source>All control relations that could be checked hold.</source>
        <translation>Тексеруге болатын барлық бақылау арақатынастары орындалды.</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation check(s) fail.</source>
        <translation>
            <numerusform>%n бақылау арақатынасы тексерілуден өтпеді.</numerusform>
            <numerusform>%n бақылау арақатынасы тексерілуден өтпеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sources differ on %n line(s), marked in the table.</source>
        <translation>
            <numerusform>Дереккөздер %n жол бойынша өзгеше, олар кестеде белгіленген.</numerusform>
            <numerusform>Дереккөздер %n жол бойынша өзгеше, олар кестеде белгіленген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Control relations of the form</source>
        <translation>Нысанның бақылау арақатынастары</translation>
    </message>
    <message>
        <source>No campaign is open: create one with File &gt; New or open one with File &gt; Open</source>
        <translation>Ешбір науқан ашылмаған: Файл &gt; Жаңа арқылы жасаңыз немесе Файл &gt; Ашу арқылы ашыңыз</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) from the control relations.</source>
        <translation>
            <numerusform>Бақылау арақатынастарынан %n ескерту.</numerusform>
            <numerusform>Бақылау арақатынастарынан %n ескерту.</numerusform>
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
        <translation>Алынған пакеттер</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылған</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотолар</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n protocol(s) were changed differently in two places: both versions are kept and the precincts are marked in the navigator (Protocols → Resolve Conflicts…).</source>
        <translation>
            <numerusform>Біріктірілді. %n хаттама екі жерде әртүрлі өзгертілген: екі нұсқа да сақталды, ал учаскелер навигаторда белгіленді (Хаттамалар → Қайшылықтарды шешу…).</numerusform>
            <numerusform>Біріктірілді. %n хаттама екі жерде әртүрлі өзгертілген: екі нұсқа да сақталды, ал учаскелер навигаторда белгіленді (Хаттамалар → Қайшылықтарды шешу…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged, without conflicts.</source>
        <translation>Біріктірілді, қайшылықтар жоқ.</translation>
    </message>
    <message>
        <source>Set aside (outside what the office may change), not merged:</source>
        <translation>Шетке қойылды (кеңсе өзгерте алатын шектен тыс), біріктірілмеді:</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1: %2 жойылды</translation>
    </message>
    <message>
        <source>Kept, though deleted elsewhere: protocols, photos or drafts lie there (listed by `saylau conflicts`):</source>
        <translation>Басқа жерде жойылса да, сақталды: онда хаттамалар, фотолар немесе жобалар бар (тізімін `saylau conflicts` шығарады):</translation>
    </message>
</context>
<context>
    <name>saylau::RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>Соңғы файлдар жоқ</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Тізімді &amp;тазарту</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғыларын ашу</translation>
    </message>
</context>
<context>
    <name>saylau::RegionChoiceDialog</name>
    <message>
        <source>Region of the File</source>
        <translation>Файлдың өңірі</translation>
    </message>
    <message>
        <source>No column of %1 gives the region, and the campaign has regions.
Which region are the file&apos;s TIKs and precincts in?</source>
        <translation>%1 файлының бірде-бір бағаны өңірді көрсетпейді, ал науқанда өңірлер бар.
Файлдағы АСК мен учаскелер қай өңірде?</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>Өңірді таңдаңыз</translation>
    </message>
</context>
<context>
    <name>saylau::RelationCheckModel</name>
    <message>
        <source>✗ %1 %2 %3, difference %4</source>
        <translation>✗ %1 %2 %3, айырмашылық %4</translation>
    </message>
    <message>
        <source>— not checked: a line is empty</source>
        <translation>— тексерілмеді: бос жол бар</translation>
    </message>
    <message>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>Control relation</source>
        <translation>Бақылау арақатынасы</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>Σ parties</source>
        <translation>Σ партиялар</translation>
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
    <name>saylau::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Қалпына келтіру…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>No backups of this campaign yet in %1.</source>
        <translation>%1 ішінде бұл науқанның сақтық көшірмелері әлі жоқ.</translation>
    </message>
    <message>
        <source>Backups of this campaign in %1, newest first. A backup is restored into a new file; the open campaign is not changed.</source>
        <translation>%1 ішіндегі осы науқанның сақтық көшірмелері, ең жаңасы басында. Сақтық көшірме жаңа файлға қалпына келтіріледі; ашық науқан өзгертілмейді.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Хаттамалар</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>оқылмайды</translation>
    </message>
    <message>
        <source>Restore Into a New File</source>
        <translation>Жаңа файлға қалпына келтіру</translation>
    </message>
    <message>
        <source>%1 is the open campaign. A backup is restored into a new file only.</source>
        <translation>%1 — қазір ашық тұрған науқан. Сақтық көшірме тек жаңа файлға қалпына келтіріледі.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is restored into a new file only: choose another name.</source>
        <translation>%1 бұрыннан бар. Сақтық көшірме тек жаңа файлға қалпына келтіріледі: басқа атау таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup taken %1 (%n protocol(s)) into %2 and open it? The open campaign is left as it is.</source>
        <translation>
            <numerusform>%1 жасалған сақтық көшірмені (%n хаттама) %2 ішіне қалпына келтіріп, оны ашу керек пе? Ашық науқан өзгеріссіз қалады.</numerusform>
            <numerusform>%1 жасалған сақтық көшірмені (%n хаттама) %2 ішіне қалпына келтіріп, оны ашу керек пе? Ашық науқан өзгеріссіз қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those marked &quot;earlier&quot; were kept by an earlier version in a folder shared by every campaign file of this name; only those of this campaign&apos;s election are listed.</source>
        <translation>«Ескі нұсқа» деп белгіленгендерді бағдарламаның алдыңғы нұсқасы осы атаудағы барлық науқан файлдарына ортақ қалтада сақтаған; тек осы науқан сайлауының көшірмелері ғана көрсетілген.</translation>
    </message>
    <message>
        <source>Open Backup File… restores any other backup, such as one `saylau backup` wrote.</source>
        <translation>«Сақтық көшірме файлын ашу…» батырмасы кез келген басқа сақтық көшірмені, мысалы `saylau backup` жазғанын, қалпына келтіреді.</translation>
    </message>
    <message>
        <source>%1 (earlier)</source>
        <translation>%1 (ескі нұсқа)</translation>
    </message>
    <message>
        <source>Open Backup &amp;File…</source>
        <translation>Сақтық көшірме &amp;файлын ашу…</translation>
    </message>
    <message>
        <source>Open Backup File</source>
        <translation>Сақтық көшірме файлын ашу</translation>
    </message>
    <message>
        <source>SaylauDesk backups and campaigns (*.db *.saylau);;All files (*)</source>
        <translation>SaylauDesk сақтық көшірмелері мен науқандары (*.db *.saylau);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1-restored-%2.saylau</source>
        <translation>%1-restored-%2.saylau</translation>
    </message>
    <message>
        <source>SaylauDesk campaigns (*.saylau *.db)</source>
        <translation>SaylauDesk науқандары (*.saylau *.db)</translation>
    </message>
</context>
<context>
    <name>saylau::SampleDialog</name>
    <message>
        <source>Size for this margin</source>
        <translation>Осы шекке көлем есептеу</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Іріктеу</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>Тізімді &amp;сақтау…</translation>
    </message>
    <message>
        <source>Sample of Precincts</source>
        <translation>Учаскелер іріктемесі</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Өңірлер бойынша</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Proportional to voters</source>
        <translation>Сайлаушыларға пропорционал</translation>
    </message>
    <message>
        <source>Equal per stratum</source>
        <translation>Әр стратаға бірдей</translation>
    </message>
    <message>
        <source> points</source>
        <translation> тармақ</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>Сайлау:</translation>
    </message>
    <message>
        <source>Strata:</source>
        <translation>Страталар:</translation>
    </message>
    <message>
        <source>Stratum sizes:</source>
        <translation>Страта көлемдері:</translation>
    </message>
    <message>
        <source>Margin of error (95%):</source>
        <translation>Қателік шегі (95%):</translation>
    </message>
    <message>
        <source>Precincts to draw:</source>
        <translation>Іріктелетін учаскелер:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Бастапқы мән (seed):</translation>
    </message>
    <message numerus="yes">
        <source>This contest has a sample of %n precinct(s), seed %1, drawn %2: the same seed draws it again, another replaces it.</source>
        <translation>
            <numerusform>Бұл сайлаудың %n учаскелік іріктемесі бар, бастапқы мәні %1, іріктелген уақыты %2: дәл сол бастапқы мән оны қайта іріктейді, басқа мән оны ауыстырады.</numerusform>
            <numerusform>Бұл сайлаудың %n учаскелік іріктемесі бар, бастапқы мәні %1, іріктелген уақыты %2: дәл сол бастапқы мән оны қайта іріктейді, басқа мән оны ауыстырады.</numerusform>
        </translation>
    </message>
    <message>
        <source>This contest has no sample yet.</source>
        <translation>Бұл сайлаудың әлі іріктемесі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s) give ±%1 points.</source>
        <translation>
            <numerusform>%n учаске ±%1 тармақ береді.</numerusform>
            <numerusform>%n учаске ±%1 тармақ береді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Even all %n precinct(s) give only ±%1 points.</source>
        <translation>
            <numerusform>Тіпті барлық %n учаске де тек ±%1 тармақ береді.</numerusform>
            <numerusform>Тіпті барлық %n учаске де тек ±%1 тармақ береді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Deployment List</source>
        <translation>Орналастыру тізімін сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
</context>
<context>
    <name>saylau::SampleListModel</name>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Сайлаушылар</translation>
    </message>
</context>
<context>
    <name>saylau::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Серверге қосылу</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>Сервер ұсынса, TLS пайдалану</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS талап ету</translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation>TLS талап ету және сервер сертификатын тексеру</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>TLS жоқ</translation>
    </message>
    <message>
        <source>&amp;Host or socket folder:</source>
        <translation>&amp;Хост немесе сокет қалтасы:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Дерекқор:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>No password is asked or kept here: the server finds it in your ~/.pgpass, or knows you by your login (peer) or your certificate.</source>
        <translation>Құпиясөз мұнда сұралмайды және сақталмайды: сервер оны ~/.pgpass файлыңыздан табады немесе сізді логиніңіз (peer) не сертификатыңыз арқылы таниды.</translation>
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
        <translation>Көшірмені әкелген бақылаушының аты</translation>
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
        <translation>мысалы, бақылаушы санақ алдында шығарылды</translation>
    </message>
    <message>
        <source>paper copy handed over</source>
        <translation>қағаз көшірме тапсырылды</translation>
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
        <translation>телефон арқылы айтылды</translation>
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
    <name>saylau::TerritoryEditActions</name>
    <message>
        <source>New &amp;Precinct…</source>
        <translation>Жаңа &amp;учаске…</translation>
    </message>
    <message>
        <source>New &amp;District…</source>
        <translation>Жаңа ау&amp;дан…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Атауын өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Жылжыту…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ж&amp;ою</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 жою керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and the %n precinct(s) in it?</source>
        <translation>
            <numerusform>%1 және оның ішіндегі %n учаскені жою керек пе?</numerusform>
            <numerusform>%1 және оның ішіндегі %n учаскені жою керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>saylau::TerritoryEditDialog</name>
    <message>
        <source>This territory is no longer in the campaign.</source>
        <translation>Бұл аумақ науқанда енді жоқ.</translation>
    </message>
    <message>
        <source>&amp;Region (type its first letters):</source>
        <translation>&amp;Өңір (алғашқы әріптерін теріңіз):</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Code (optional):</source>
        <translation>&amp;Коды (міндетті емес):</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Address (optional):</source>
        <translation>&amp;Мекенжайы (міндетті емес):</translation>
    </message>
    <message>
        <source>New Precinct</source>
        <translation>Жаңа учаске</translation>
    </message>
    <message>
        <source>New District</source>
        <translation>Жаңа аудан</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Жасау</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 атауын өзгерту</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 жылжыту</translation>
    </message>
    <message>
        <source>Choose where %1 belongs.</source>
        <translation>%1 қайда орналасатынын таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Жылжыту</translation>
    </message>
    <message>
        <source>There is no precinct No. %1 in this campaign yet. Choose its district and press Enter to create it.</source>
        <translation>Бұл науқанда әзірге № %1 учаске жоқ. Оны жасау үшін ауданын таңдап, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <source>&amp;Region or district (type the first letters; arrows open a region):</source>
        <translation>&amp;Өңір немесе аудан (алғашқы әріптерін теріңіз; бағыттауыштар өңірді ашады):</translation>
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
        <translation>Хаттамалары бар</translation>
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
        <source>differs from official, on a doubtful copy</source>
        <translation>ресми деректен өзгеше, күмәнді көшірме бойынша</translation>
    </message>
    <message>
        <source>differs from official</source>
        <translation>ресми деректен өзгеше</translation>
    </message>
    <message>
        <source>control relation error</source>
        <translation>бақылау арақатынасының қатесі</translation>
    </message>
    <message>
        <source>Votes the territorial commission counted itself (remote electronic voting, postal votes, voters abroad): not a precinct</source>
        <translation>Аумақтық комиссияның өзі санаған дауыстар (қашықтан электрондық дауыс беру, поштамен дауыс беру, шетелдегі сайлаушылар): учаске емес</translation>
    </message>
    <message>
        <source>Changed differently in two places: both versions are kept until someone chooses (Protocols → Resolve Conflicts…)</source>
        <translation>Екі жерде әртүрлі өзгертілген: біреу таңдағанша екі нұсқа да сақталады (Хаттамалар → Қайшылықтарды шешу…)</translation>
    </message>
</context>
</TS>
