<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttachmentStore</name>
    <message>
        <source>%1 is empty; nothing was attached</source>
        <translation>%1 is empty; nothing was attached</translation>
    </message>
    <message>
        <source>attaching %1</source>
        <translation>attaching %1</translation>
    </message>
    <message>
        <source>attaching %1 returned no id</source>
        <translation>attaching %1 returned no id</translation>
    </message>
    <message>
        <source>listing attachments</source>
        <translation>listing attachments</translation>
    </message>
    <message>
        <source>reading the attachment</source>
        <translation>reading the attachment</translation>
    </message>
    <message>
        <source>there is no attachment %1</source>
        <translation>there is no attachment %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy a campaign into a folder as a checked backup, even while it is being written</source>
        <translation>Copy a campaign into a folder as a checked backup, even while it is being written</translation>
    </message>
    <message>
        <source>Keep only the newest N backups of this campaign there (default: all).</source>
        <translation>Keep only the newest N backups of this campaign there (default: all).</translation>
    </message>
    <message>
        <source>--keep takes a number of backups</source>
        <translation>--keep takes a number of backups</translation>
    </message>
    <message>
        <source>The folder to write the backup of a campaign file into.</source>
        <translation>The folder to write the backup of a campaign file into.</translation>
    </message>
    <message>
        <source>For a campaign on a server: the file to write pg_dump&apos;s dump of its database into (restore it with pg_restore).</source>
        <translation>For a campaign on a server: the file to write pg_dump&apos;s dump of its database into (restore it with pg_restore).</translation>
    </message>
    <message>
        <source>a campaign on a server is backed up with --out FILE (a pg_dump file), not --to or --keep</source>
        <translation>a campaign on a server is backed up with --out FILE (a pg_dump file), not --to or --keep</translation>
    </message>
    <message>
        <source>--to DIR is required (--out FILE is for a campaign on a server)</source>
        <translation>--to DIR is required (--out FILE is for a campaign on a server)</translation>
    </message>
    <message>
        <source>--out is for a campaign on a server; a campaign file is backed up with --to DIR</source>
        <translation>--out is for a campaign on a server; a campaign file is backed up with --to DIR</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>%1 is not a folder SaylauDesk can write backups into</source>
        <translation>%1 is not a folder SaylauDesk can write backups into</translation>
    </message>
</context>
<context>
    <name>BenchAnalysisCommand</name>
    <message>
        <source>importing %1 as official figures...</source>
        <translation>importing %1 as official figures...</translation>
    </message>
    <message>
        <source>%1 observer copies generated, %2 of them differing</source>
        <translation>%1 observer copies generated, %2 of them differing</translation>
    </message>
    <message>
        <source>every line summed per region</source>
        <translation>every line summed per region</translation>
    </message>
    <message>
        <source>violations counted per control relation</source>
        <translation>violations counted per control relation</translation>
    </message>
    <message>
        <source>observer copies joined to official figures, differences per line</source>
        <translation>observer copies joined to official figures, differences per line</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>wall %1 s, CPU %2 s, peak memory %3 MB</source>
        <translation>wall %1 s, CPU %2 s, peak memory %3 MB</translation>
    </message>
    <message>
        <source>  whole process, median of the runs; load average %1</source>
        <translation>  whole process, median of the runs; load average %1</translation>
    </message>
    <message>
        <source>  sqlite3 shell (%1):  %2</source>
        <translation>  sqlite3 shell (%1):  %2</translation>
    </message>
    <message>
        <source>    query: %1</source>
        <translation>    query: %1</translation>
    </message>
    <message>
        <source>  saylau %1:  %2</source>
        <translation>  saylau %1:  %2</translation>
    </message>
    <message>
        <source>  ratio saylau / sqlite3:  wall %1, CPU %2</source>
        <translation>  ratio saylau / sqlite3:  wall %1, CPU %2</translation>
    </message>
    <message>
        <source>Time saylau %1, whole process, against the sqlite3 shell&apos;s equivalent query</source>
        <translation>Time saylau %1, whole process, against the sqlite3 shell&apos;s equivalent query</translation>
    </message>
    <message>
        <source>A campaign, or a results file to make one from.</source>
        <translation>A campaign, or a results file to make one from.</translation>
    </message>
    <message>
        <source>Contest to analyse (may be left out when the file has one).</source>
        <translation>Contest to analyse (may be left out when the file has one).</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Runs of each; the median is reported.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The sqlite3 shell to compare with.</source>
        <translation>The sqlite3 shell to compare with.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>For a results file: the campaign preset to import it into.</source>
        <translation>For a results file: the campaign preset to import it into.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>For a results file: also time a generated file of this many precincts.</source>
        <translation>For a results file: also time a generated file of this many precincts.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>The chart drawn.</source>
        <translation>The chart drawn.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>--runs must be 1 or more</source>
        <translation>--runs must be 1 or more</translation>
    </message>
    <message>
        <source>--scale needs a results file (DATA.csv) to generate from</source>
        <translation>--scale needs a results file (DATA.csv) to generate from</translation>
    </message>
    <message>
        <source>--scale must be 1 or more precincts</source>
        <translation>--scale must be 1 or more precincts</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>cannot make a temporary folder: %1</translation>
    </message>
    <message numerus="yes">
        <source>timing saylau %1 on %2 (%n run(s) each)...</source>
        <translation>
            <numerusform>timing saylau %1 on %2 (%n run each)...</numerusform>
            <numerusform>timing saylau %1 on %2 (%n runs each)...</numerusform>
        </translation>
    </message>
    <message>
        <source>saylau %1 on %2: %3 protocols</source>
        <translation>saylau %1 on %2: %3 protocols</translation>
    </message>
    <message>
        <source>generating %1 precincts...</source>
        <translation>generating %1 precincts...</translation>
    </message>
    <message>
        <source>timing the generated campaign...</source>
        <translation>timing the generated campaign...</translation>
    </message>
    <message>
        <source>saylau %1 on a generated campaign: %2 protocols</source>
        <translation>saylau %1 on a generated campaign: %2 protocols</translation>
    </message>
    <message>
        <source>  growth: %1x the protocols took %2x the wall time, %3x the CPU time and %4x the memory</source>
        <translation>  growth: %1x the protocols took %2x the wall time, %3x the CPU time and %4x the memory</translation>
    </message>
    <message>
        <source>bench %1 times saylau against the sqlite3 shell on the same file, so it needs a campaign file or a results file; copy a server campaign to a file first (saylau copy %2 FILE.db)</source>
        <translation>bench %1 times saylau against the sqlite3 shell on the same file, so it needs a campaign file or a results file; copy a server campaign to a file first (saylau copy %2 FILE.db)</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>the benchmarks are %1</source>
        <translation>the benchmarks are %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Time a command against a reference (bench import DATA.csv | bench report|check|chart|diff FILE.db|DATA.csv | bench forensics FILE.db | bench merge)</source>
        <translation>Time a command against a reference (bench import DATA.csv | bench report|check|chart|diff FILE.db|DATA.csv | bench forensics FILE.db | bench merge)</translation>
    </message>
</context>
<context>
    <name>BenchForensicsCommand</name>
    <message>
        <source>Time saylau forensics against the same Monte Carlo in numpy and against saylau report</source>
        <translation>Time saylau forensics against the same Monte Carlo in numpy and against saylau report</translation>
    </message>
    <message>
        <source>official or observer.</source>
        <translation>official or observer.</translation>
    </message>
    <message>
        <source>Monte Carlo draws.</source>
        <translation>Monte Carlo draws.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Runs of each; the median is reported.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message numerus="yes">
        <source>timing saylau forensics, %n draw(s)...</source>
        <translation>
            <numerusform>timing saylau forensics, %n draw...</numerusform>
            <numerusform>timing saylau forensics, %n draws...</numerusform>
        </translation>
    </message>
    <message>
        <source>Forensics of %1, contest %2: %3 precincts tested, %4 Monte Carlo draws</source>
        <translation>Forensics of %1, contest %2: %3 precincts tested, %4 Monte Carlo draws</translation>
    </message>
    <message>
        <source>  numpy: not available (python3 with numpy; Debian: python3-numpy), ratio skipped</source>
        <translation>  numpy: not available (python3 with numpy; Debian: python3-numpy), ratio skipped</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>cannot make a temporary folder: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>timing the same Monte Carlo in numpy...</source>
        <translation>timing the same Monte Carlo in numpy...</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>--draws must be 2 or more</source>
        <translation>--draws must be 2 or more</translation>
    </message>
    <message>
        <source>--runs must be 1 or more</source>
        <translation>--runs must be 1 or more</translation>
    </message>
    <message>
        <source>  saylau, in-process (read, Monte Carlo, excess votes):    %1 s</source>
        <translation>  saylau, in-process (read, Monte Carlo, excess votes):    %1 s</translation>
    </message>
    <message>
        <source>  saylau, Monte Carlo alone:                               %1 s (expected integer turnouts %2 ± %3)</source>
        <translation>  saylau, Monte Carlo alone:                               %1 s (expected integer turnouts %2 ± %3)</translation>
    </message>
    <message>
        <source>  numpy, the same Monte Carlo:                             %1 s (expected integer turnouts %2 ± %3)</source>
        <translation>  numpy, the same Monte Carlo:                             %1 s (expected integer turnouts %2 ± %3)</translation>
    </message>
    <message>
        <source>  ratio saylau / numpy (Monte Carlo):                      %1</source>
        <translation>  ratio saylau / numpy (Monte Carlo):                      %1</translation>
    </message>
    <message>
        <source>timing saylau forensics and saylau report as processes...</source>
        <translation>timing saylau forensics and saylau report as processes...</translation>
    </message>
    <message>
        <source>wall %1 s, CPU %2 s, peak memory %3 MB</source>
        <translation>wall %1 s, CPU %2 s, peak memory %3 MB</translation>
    </message>
    <message>
        <source>  saylau forensics, whole process:                         %1</source>
        <translation>  saylau forensics, whole process:                         %1</translation>
    </message>
    <message>
        <source>  saylau report --by region --format csv, whole process:   %1</source>
        <translation>  saylau report --by region --format csv, whole process:   %1</translation>
    </message>
    <message>
        <source>  ratio forensics / report, whole processes:               wall %1, CPU %2</source>
        <translation>  ratio forensics / report, whole processes:               wall %1, CPU %2</translation>
    </message>
</context>
<context>
    <name>BenchImportCommand</name>
    <message>
        <source>Time saylau import against the sqlite3 shell&apos;s raw .import of the same file</source>
        <translation>Time saylau import against the sqlite3 shell&apos;s raw .import of the same file</translation>
    </message>
    <message>
        <source>The results file to import.</source>
        <translation>The results file to import.</translation>
    </message>
    <message>
        <source>Campaign preset to import into.</source>
        <translation>Campaign preset to import into.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Runs of each; the median is reported.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also time a generated file of this many precincts (e.g. 1000000).</source>
        <translation>Also time a generated file of this many precincts (e.g. 1000000).</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>The sqlite3 shell to compare with.</source>
        <translation>The sqlite3 shell to compare with.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>cannot make a temporary folder: %1</translation>
    </message>
    <message>
        <source>  sqlite3 .import (raw, untyped):  %1 s</source>
        <translation>  sqlite3 .import (raw, untyped):  %1 s</translation>
    </message>
    <message>
        <source>  saylau import (full, %1 rows):  %2 s</source>
        <translation>  saylau import (full, %1 rows):  %2 s</translation>
    </message>
    <message>
        <source>  ratio saylau / sqlite3:          %1</source>
        <translation>  ratio saylau / sqlite3:          %1</translation>
    </message>
    <message>
        <source>  CPU time (user + system):        sqlite3 %1 s, saylau %2 s (ratio %3)</source>
        <translation>  CPU time (user + system):        sqlite3 %1 s, saylau %2 s (ratio %3)</translation>
    </message>
    <message numerus="yes">
        <source>timing %1 (%n run(s) each)...</source>
        <translation>
            <numerusform>timing %1 (%n run each)...</numerusform>
            <numerusform>timing %1 (%n runs each)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import of %1</translation>
    </message>
    <message>
        <source>  peak memory (RSS) of saylau:     %1 MB</source>
        <translation>  peak memory (RSS) of saylau:     %1 MB</translation>
    </message>
    <message>
        <source>generating %1 precincts...</source>
        <translation>generating %1 precincts...</translation>
    </message>
    <message>
        <source>timing the generated file...</source>
        <translation>timing the generated file...</translation>
    </message>
    <message>
        <source>Scaling: generated file of %1 precincts</source>
        <translation>Scaling: generated file of %1 precincts</translation>
    </message>
    <message>
        <source>  growth: %1x the rows took %2x the time (linear: %3x)</source>
        <translation>  growth: %1x the rows took %2x the time (linear: %3x)</translation>
    </message>
    <message>
        <source>--runs must be 1 or more</source>
        <translation>--runs must be 1 or more</translation>
    </message>
    <message>
        <source>--scale must be 1 or more precincts</source>
        <translation>--scale must be 1 or more precincts</translation>
    </message>
    <message>
        <source>  whole process, median of the runs</source>
        <translation>  whole process, median of the runs</translation>
    </message>
    <message>
        <source>  peak memory (RSS) of saylau:     %1 MB (growth %2x)</source>
        <translation>  peak memory (RSS) of saylau:     %1 MB (growth %2x)</translation>
    </message>
    <message>
        <source>Import into a campaign on this PostgreSQL server instead, against psql&apos;s \copy of the file (a postgresql:// address whose user may create databases).</source>
        <translation>Import into a campaign on this PostgreSQL server instead, against psql&apos;s \copy of the file (a postgresql:// address whose user may create databases).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
</context>
<context>
    <name>BenchMergeCommand</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Time packing and merging offices&apos; packages against copying the same bytes</source>
        <translation>Time packing and merging offices&apos; packages against copying the same bytes</translation>
    </message>
    <message>
        <source>Offices (default 20).</source>
        <translation>Offices (default 20).</translation>
    </message>
    <message>
        <source>Protocols per office, one photo each (default 25).</source>
        <translation>Protocols per office, one photo each (default 25).</translation>
    </message>
    <message>
        <source>Size of each photo in MB (default 2).</source>
        <translation>Size of each photo in MB (default 2).</translation>
    </message>
    <message>
        <source>The issue&apos;s full size: 1,000 protocols per office (40 GB of photos).</source>
        <translation>The issue&apos;s full size: 1,000 protocols per office (40 GB of photos).</translation>
    </message>
    <message>
        <source>Where to generate the files (default: a temporary folder).</source>
        <translation>Where to generate the files (default: a temporary folder).</translation>
    </message>
    <message>
        <source>the reference needs the sqlite3 shell and cp (Debian: sqlite3, coreutils)</source>
        <translation>the reference needs the sqlite3 shell and cp (Debian: sqlite3, coreutils)</translation>
    </message>
    <message>
        <source>cannot make a working folder: %1</source>
        <translation>cannot make a working folder: %1</translation>
    </message>
    <message>
        <source>Generating headquarters and %1 offices, %2 protocols each with a %3 MB photo…</source>
        <translation>Generating headquarters and %1 offices, %2 protocols each with a %3 MB photo…</translation>
    </message>
    <message>
        <source>%1 offices × %2 protocols, %3 GB of packages</source>
        <translation>%1 offices × %2 protocols, %3 GB of packages</translation>
    </message>
    <message>
        <source>pack (all offices):  %1 s  = %2 s per 1,000 protocols, %3 s per GB</source>
        <translation>pack (all offices):  %1 s  = %2 s per 1,000 protocols, %3 s per GB</translation>
    </message>
    <message>
        <source>merge at headquarters: %1 s  = %2 s per 1,000 protocols, %3 s per GB; peak memory %4 MB</source>
        <translation>merge at headquarters: %1 s  = %2 s per 1,000 protocols, %3 s per GB; peak memory %4 MB</translation>
    </message>
    <message>
        <source>reference cp:          %1 s  (merge / cp = %2)</source>
        <translation>reference cp:          %1 s  (merge / cp = %2)</translation>
    </message>
    <message>
        <source>reference cp + sync:   %1 s  (merge / (cp + sync) = %2)</source>
        <translation>reference cp + sync:   %1 s  (merge / (cp + sync) = %2)</translation>
    </message>
    <message>
        <source>reference .backup:     %1 s  (merge / .backup = %2)</source>
        <translation>reference .backup:     %1 s  (merge / .backup = %2)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>--offices, --protocols and --photo-mb take positive numbers</source>
        <translation>--offices, --protocols and --photo-mb take positive numbers</translation>
    </message>
</context>
<context>
    <name>BulkProtocolWriter</name>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>preparing the import failed: %1</translation>
    </message>
    <message>
        <source>reading the territory failed: %1</source>
        <translation>reading the territory failed: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>adding territory</source>
        <translation>adding territory</translation>
    </message>
    <message>
        <source>saving protocols</source>
        <translation>saving protocols</translation>
    </message>
    <message>
        <source>reading the protocols being replaced</source>
        <translation>reading the protocols being replaced</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>numbering the import</translation>
    </message>
</context>
<context>
    <name>CampaignCommand</name>
    <message>
        <source>The campaign file.</source>
        <translation>The campaign file.</translation>
    </message>
</context>
<context>
    <name>CampaignCopy</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>copying %1 failed: %2</source>
        <translation>copying %1 failed: %2</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>counting %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>%1 holds a table this version cannot copy (%2); nothing was copied</source>
        <translation>%1 holds a table this version cannot copy (%2); nothing was copied</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>numbering %1</translation>
    </message>
    <message>
        <source>the copy in %1 does not match: %2 has %3 rows there, %4 in %5</source>
        <translation>the copy in %1 does not match: %2 has %3 rows there, %4 in %5</translation>
    </message>
    <message>
        <source>the copy in %1 does not match: the checksum over protocols, their history and photos differs (%2 there, %3 in %4)</source>
        <translation>the copy in %1 does not match: the checksum over protocols, their history and photos differs (%2 there, %3 in %4)</translation>
    </message>
</context>
<context>
    <name>CampaignLocation</name>
    <message>
        <source>%1 is not a server address: %2</source>
        <translation>%1 is not a server address: %2</translation>
    </message>
    <message>
        <source>%1: a password in the address would be kept in plain text (in histories, recent files, titles); put it in ~/.pgpass, or use peer authentication or a client certificate, and give the address without it</source>
        <translation>%1: a password in the address would be kept in plain text (in histories, recent files, titles); put it in ~/.pgpass, or use peer authentication or a client certificate, and give the address without it</translation>
    </message>
    <message>
        <source>a server address names one database: postgresql://user@host:port/database</source>
        <translation>a server address names one database: postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>unknown TLS mode &quot;%1&quot; (one of: %2)</source>
        <translation>unknown TLS mode &quot;%1&quot; (one of: %2)</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>port %1 is out of range</translation>
    </message>
    <message>
        <source>%1: the port &quot;%2&quot; is not a number</source>
        <translation>%1: the port &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>%1: two ports, %2 and %3</source>
        <translation>%1: two ports, %2 and %3</translation>
    </message>
    <message>
        <source>%1: unknown parameter &quot;%2&quot; (known: host, port, sslmode)</source>
        <translation>%1: unknown parameter &quot;%2&quot; (known: host, port, sslmode)</translation>
    </message>
</context>
<context>
    <name>CampaignQuery</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it</source>
        <translation>%1 already exists; choose another name or open it</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 is damaged or not a database: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a SaylauDesk campaign</source>
        <translation>%1 is an SQLite database, but not a SaylauDesk campaign</translation>
    </message>
    <message>
        <source>%1 was written by a newer SaylauDesk (schema %2; this version reads up to %3). Update SaylauDesk to open it.</source>
        <translation>%1 was written by a newer SaylauDesk (schema %2; this version reads up to %3). Update SaylauDesk to open it.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2)</source>
        <translation>%1 is damaged (integrity check: %2)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>internal error: nested transaction</source>
        <translation>internal error: nested transaction</translation>
    </message>
    <message>
        <source>reading the election</source>
        <translation>reading the election</translation>
    </message>
    <message>
        <source>saving the election</source>
        <translation>saving the election</translation>
    </message>
    <message>
        <source>reading contests</source>
        <translation>reading contests</translation>
    </message>
    <message>
        <source>reading contest %1</source>
        <translation>reading contest %1</translation>
    </message>
    <message>
        <source>%1 has no contest &quot;%2&quot;</source>
        <translation>%1 has no contest &quot;%2&quot;</translation>
    </message>
    <message>
        <source>contest %1: the stored form is damaged: %2</source>
        <translation>contest %1: the stored form is damaged: %2</translation>
    </message>
    <message>
        <source>reading the ballot of %1</source>
        <translation>reading the ballot of %1</translation>
    </message>
    <message>
        <source>adding contest %1</source>
        <translation>adding contest %1</translation>
    </message>
    <message>
        <source>replacing the ballot of %1</source>
        <translation>replacing the ballot of %1</translation>
    </message>
    <message>
        <source>saving ballot entry %1 of %2</source>
        <translation>saving ballot entry %1 of %2</translation>
    </message>
    <message>
        <source>adding %1 %2</source>
        <translation>adding %1 %2</translation>
    </message>
    <message>
        <source>adding %1 %2 returned no id</source>
        <translation>adding %1 %2 returned no id</translation>
    </message>
    <message>
        <source>reading the territory</source>
        <translation>reading the territory</translation>
    </message>
    <message>
        <source>looking up the territory</source>
        <translation>looking up the territory</translation>
    </message>
    <message>
        <source>reading the protocol</source>
        <translation>reading the protocol</translation>
    </message>
    <message>
        <source>reading protocols</source>
        <translation>reading protocols</translation>
    </message>
    <message>
        <source>counting protocols</source>
        <translation>counting protocols</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>recording the import</translation>
    </message>
    <message>
        <source>recording the import returned no id</source>
        <translation>recording the import returned no id</translation>
    </message>
    <message>
        <source>reading the import history</source>
        <translation>reading the import history</translation>
    </message>
    <message>
        <source>saving the column mapping</source>
        <translation>saving the column mapping</translation>
    </message>
    <message>
        <source>reading the saved column mapping</source>
        <translation>reading the saved column mapping</translation>
    </message>
    <message numerus="yes">
        <source>%1: another program is writing to this campaign (an import or a save) and did not finish within %n second(s); nothing was changed. Try again when it has finished.</source>
        <translation>
            <numerusform>%1: another program is writing to this campaign (an import or a save) and did not finish within %n second; nothing was changed. Try again when it has finished.</numerusform>
            <numerusform>%1: another program is writing to this campaign (an import or a save) and did not finish within %n seconds; nothing was changed. Try again when it has finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a named pipe or a device); a campaign is a file</source>
        <translation>%1 is not a regular file (a folder, a named pipe or a device); a campaign is a file</translation>
    </message>
    <message>
        <source>%1 is read-only and a write to it was cut short; open it once where it can be written, so that the write is undone</source>
        <translation>%1 is read-only and a write to it was cut short; open it once where it can be written, so that the write is undone</translation>
    </message>
    <message>
        <source>%1 is an unfinished SaylauDesk campaign (its creation was cut short); create it again</source>
        <translation>%1 is an unfinished SaylauDesk campaign (its creation was cut short); create it again</translation>
    </message>
    <message>
        <source>%1 carries SaylauDesk&apos;s mark, but its tables are not those of a SaylauDesk campaign at schema %2 (missing: %3); it was not opened and is left as it was</source>
        <translation>%1 carries SaylauDesk&apos;s mark, but its tables are not those of a SaylauDesk campaign at schema %2 (missing: %3); it was not opened and is left as it was</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written); it can be read, but nothing can be saved into it</source>
        <translation>%1 is read-only (the file or its folder cannot be written); it can be read, but nothing can be saved into it</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older SaylauDesk (schema %2); it must be upgraded once where it can be written</source>
        <translation>%1 is read-only and was written by an older SaylauDesk (schema %2); it must be upgraded once where it can be written</translation>
    </message>
    <message>
        <source>opening %1 for reading</source>
        <translation>opening %1 for reading</translation>
    </message>
    <message>
        <source>setting up %1 (%2)</source>
        <translation>setting up %1 (%2)</translation>
    </message>
    <message>
        <source>starting to write to %1</source>
        <translation>starting to write to %1</translation>
    </message>
    <message>
        <source>saving to %1</source>
        <translation>saving to %1</translation>
    </message>
    <message>
        <source>%1, contest %2, %3: %4</source>
        <translation>%1, contest %2, %3: %4</translation>
    </message>
    <message>
        <source>%1, contest %2, %3 copy %4: %5</source>
        <translation>%1, contest %2, %3 copy %4: %5</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no SaylauDesk campaign (create one there with saylau init-server or saylau copy)</source>
        <translation>%1 holds no SaylauDesk campaign (create one there with saylau init-server or saylau copy)</translation>
    </message>
    <message>
        <source>reading the schema version of %1 failed</source>
        <translation>reading the schema version of %1 failed</translation>
    </message>
    <message>
        <source>removing the translations of %1</source>
        <translation>removing the translations of %1</translation>
    </message>
    <message>
        <source>saving the translations of %1</source>
        <translation>saving the translations of %1</translation>
    </message>
    <message>
        <source>reading the file&apos;s change counter</source>
        <translation>reading the file&apos;s change counter</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not an empty database (it holds %n table(s) or view(s), %2 among them); a campaign is created in an empty database of its own</source>
        <translation>
            <numerusform>%1 is not an empty database (it holds %n table or view, %2 among them); a campaign is created in an empty database of its own</numerusform>
            <numerusform>%1 is not an empty database (it holds %n tables or views, %2 among them); a campaign is created in an empty database of its own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draw a press chart of a contest to PNG, SVG or PDF</source>
        <translation>Draw a press chart of a contest to PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>The contest to draw.</source>
        <translation>The contest to draw.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Pixels of a PNG (and the proportions of SVG/PDF).</source>
        <translation>Pixels of a PNG (and the proportions of SVG/PDF).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>The file to write: .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Party shares of all ballots cast (cast) or of valid votes (valid).</source>
        <translation>Party shares of all ballots cast (cast) or of valid votes (valid).</translation>
    </message>
    <message>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <source>Leave the spoiled ballots out.</source>
        <translation>Leave the spoiled ballots out.</translation>
    </message>
    <message>
        <source>Decimals of the percentages (0-2).</source>
        <translation>Decimals of the percentages (0-2).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Name of the organisation, at the foot of the chart.</source>
        <translation>Name of the organisation, at the foot of the chart.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Image of the organisation&apos;s logo.</source>
        <translation>Image of the organisation&apos;s logo.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>A party&apos;s colour (its short name) instead of the ballot&apos;s; repeatable.</source>
        <translation>A party&apos;s colour (its short name) instead of the ballot&apos;s; repeatable.</translation>
    </message>
    <message>
        <source>party=#rrggbb</source>
        <translation>party=#rrggbb</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>One of: %1.</translation>
    </message>
    <message>
        <source>The party (short name) regions are sorted by, or whose share the forensic charts show; the leader by default.</source>
        <translation>The party (short name) regions are sorted by, or whose share the forensic charts show; the leader by default.</translation>
    </message>
    <message>
        <source>Bin of turnout-histogram-fine, in percentage points: 0.1, 0.5 or 1.</source>
        <translation>Bin of turnout-histogram-fine, in percentage points: 0.1, 0.5 or 1.</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>pp</translation>
    </message>
    <message>
        <source>observer, official or both; by default the sources the contest has.</source>
        <translation>observer, official or both; by default the sources the contest has.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, each from %1 to %2 pixels, e.g. 1920x1080</source>
        <translation>--size must be WIDTHxHEIGHT, each from %1 to %2 pixels, e.g. 1920x1080</translation>
    </message>
    <message>
        <source>--precision must be 0, 1 or 2</source>
        <translation>--precision must be 0, 1 or 2</translation>
    </message>
    <message>
        <source>--logo %1: %2</source>
        <translation>--logo %1: %2</translation>
    </message>
    <message>
        <source>--color must be PARTY=#rrggbb</source>
        <translation>--color must be PARTY=#rrggbb</translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <source>SYNTHETIC DEMO DATA — not real election results</source>
        <translation>SYNTHETIC DEMO DATA — not real election results</translation>
    </message>
    <message>
        <source>%1: published total, %2 voters</source>
        <translation>%1: published total, %2 voters</translation>
    </message>
    <message>
        <source>%1, published total</source>
        <translation>%1, published total</translation>
    </message>
    <message>
        <source>official figures of the election commissions</source>
        <translation>official figures of the election commissions</translation>
    </message>
    <message>
        <source>copies of precinct protocols brought by observers</source>
        <translation>copies of precinct protocols brought by observers</translation>
    </message>
    <message>
        <source>Source: %1. Made with SaylauDesk.</source>
        <translation>Source: %1. Made with SaylauDesk.</translation>
    </message>
    <message>
        <source>Shares of %1.</source>
        <translation>Shares of %1.</translation>
    </message>
    <message>
        <source>%1% threshold (of %2)</source>
        <translation>%1% threshold (of %2)</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>valid votes</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>ballots cast</translation>
    </message>
    <message>
        <source>no party &quot;%1&quot; on the ballot of %2</source>
        <translation>no party &quot;%1&quot; on the ballot of %2</translation>
    </message>
    <message>
        <source>Party shares by region, %1</source>
        <translation>Party shares by region, %1</translation>
    </message>
    <message>
        <source>% of %1</source>
        <translation>% of %1</translation>
    </message>
    <message>
        <source>Regions sorted by the share of %1.</source>
        <translation>Regions sorted by the share of %1.</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Turnout by region</translation>
    </message>
    <message>
        <source>%1: turnout from %2 (%3) to %4 (%5); mean of the regions %6.</source>
        <translation>%1: turnout from %2 (%3) to %4 (%5); mean of the regions %6.</translation>
    </message>
    <message>
        <source>%1, overall: %2</source>
        <translation>%1, overall: %2</translation>
    </message>
    <message>
        <source>% of voters on the list who took part</source>
        <translation>% of voters on the list who took part</translation>
    </message>
    <message>
        <source>Party shares</source>
        <translation>Party shares</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Against all</translation>
    </message>
    <message>
        <source>Spoiled ballots</source>
        <translation>Spoiled ballots</translation>
    </message>
    <message>
        <source>Spoiled ballots: of all ballots cast.</source>
        <translation>Spoiled ballots: of all ballots cast.</translation>
    </message>
    <message>
        <source>%1; turnout %2; over the threshold: %3.</source>
        <translation>%1; turnout %2; over the threshold: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Seats (%1): %2.</source>
        <translation>Seats (%1): %2.</translation>
    </message>
    <message>
        <source>Turnout across precincts</source>
        <translation>Turnout across precincts</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Precincts</translation>
    </message>
    <message>
        <source>a chart needs one aggregation per source</source>
        <translation>a chart needs one aggregation per source</translation>
    </message>
    <message>
        <source>%1: bars are the sums of the precincts of each region; the line is the published total.</source>
        <translation>%1: bars are the sums of the precincts of each region; the line is the published total.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln precinct(s), %2 voters</source>
        <translation>
            <numerusform>%1: %Ln precinct, %2 voters</numerusform>
            <numerusform>%1: %Ln precincts, %2 voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln precinct(s)</source>
        <translation>
            <numerusform>%1, %Ln precinct</numerusform>
            <numerusform>%1, %Ln precincts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s) observed</source>
        <translation>
            <numerusform>%Ln precinct observed</numerusform>
            <numerusform>%Ln precincts observed</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown, under the threshold in the whole contest: %1.</source>
        <translation>Not shown, under the threshold in the whole contest: %1.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Turnout, % of voters on the list</source>
        <translation>Turnout, % of voters on the list</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln precinct(s)</source>
        <translation>
            <numerusform>%1: %Ln precinct</numerusform>
            <numerusform>%1: %Ln precincts</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: the %1 regions with the lowest and the %2 with the highest %3, of %4.</source>
        <translation>Shown: the %1 regions with the lowest and the %2 with the highest %3, of %4.</translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>turnout</translation>
    </message>
    <message>
        <source>%1 is drawn from per-precinct figures, not from aggregates</source>
        <translation>%1 is drawn from per-precinct figures, not from aggregates</translation>
    </message>
    <message>
        <source>the estimate chart is drawn from a sample&apos;s estimate, not from sums</source>
        <translation>the estimate chart is drawn from a sample&apos;s estimate, not from sums</translation>
    </message>
    <message>
        <source>a chart needs a source</source>
        <translation>a chart needs a source</translation>
    </message>
    <message>
        <source>The observers&apos; copies of %1 are not a random sample of precincts: there is no margin of error to draw. Draw a sample before election day (Reports → Sample of precincts); &quot;saylau estimate&quot; shows what the copies cover.</source>
        <translation>The observers&apos; copies of %1 are not a random sample of precincts: there is no margin of error to draw. Draw a sample before election day (Reports → Sample of precincts); &quot;saylau estimate&quot; shows what the copies cover.</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n sampled precinct(s) has reported yet</source>
        <translation>
            <numerusform>none of the %n sampled precinct has reported yet</numerusform>
            <numerusform>none of the %n sampled precincts has reported yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample estimate and official result</source>
        <translation>Sample estimate and official result</translation>
    </message>
    <message numerus="yes">
        <source>random sample of %Ln precinct(s), %1 reported</source>
        <translation>
            <numerusform>random sample of %Ln precinct, %1 reported</numerusform>
            <numerusform>random sample of %Ln precincts, %1 reported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3–%4)</source>
        <translation>%1: %2 (%3–%4)</translation>
    </message>
    <message>
        <source>%, with the 95% interval</source>
        <translation>%, with the 95% interval</translation>
    </message>
    <message>
        <source>Estimate from the sample, 95% interval</source>
        <translation>Estimate from the sample, 95% interval</translation>
    </message>
    <message>
        <source>Official result</source>
        <translation>Official result</translation>
    </message>
    <message>
        <source>Turnout: of voters on the list. Party shares: of %1.</source>
        <translation>Turnout: of voters on the list. Party shares: of %1.</translation>
    </message>
    <message>
        <source>Every official figure lies inside its interval.</source>
        <translation>Every official figure lies inside its interval.</translation>
    </message>
    <message>
        <source>Official figures outside the interval: %1.</source>
        <translation>Official figures outside the interval: %1.</translation>
    </message>
    <message>
        <source>Source: copies of precinct protocols brought by observers from a random sample of precincts; official figures of the election commissions. Made with SaylauDesk.</source>
        <translation>Source: copies of precinct protocols brought by observers from a random sample of precincts; official figures of the election commissions. Made with SaylauDesk.</translation>
    </message>
    <message>
        <source>%1 has no precinct with a turnout in the figures chosen: nothing to draw.</source>
        <translation>%1 has no precinct with a turnout in the figures chosen: nothing to draw.</translation>
    </message>
    <message>
        <source>%1 has no figures by region in the figures chosen (a published total is not broken down): nothing to draw.</source>
        <translation>%1 has no figures by region in the figures chosen (a published total is not broken down): nothing to draw.</translation>
    </message>
    <message>
        <source>%1 has no observers&apos; copies yet: there is nothing to compare with the official figures.</source>
        <translation>%1 has no observers&apos; copies yet: there is nothing to compare with the official figures.</translation>
    </message>
    <message>
        <source>Turnout: %1 of voters on the list, per precinct protocol; bins of %2 percentage points, each from its lower bound up to (not including) its upper one. Totals published only for a whole region or the country are not precincts and are not counted here.</source>
        <translation>Turnout: %1 of voters on the list, per precinct protocol; bins of %2 percentage points, each from its lower bound up to (not including) its upper one. Totals published only for a whole region or the country are not precincts and are not counted here.</translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation>share of %1</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: choose a .png, .svg or .pdf file</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>List control-relation violations per protocol (exit code 1 when errors exist)</source>
        <translation>List control-relation violations per protocol (exit code 1 when errors exist)</translation>
    </message>
    <message>
        <source>Check only this contest.</source>
        <translation>Check only this contest.</translation>
    </message>
    <message>
        <source>Check only observer or official protocols.</source>
        <translation>Check only observer or official protocols.</translation>
    </message>
    <message>
        <source>%1 [%2%3] %4: %5 %6 %7 (difference %8), %9</source>
        <translation>%1 [%2%3] %4: %5 %6 %7 (difference %8), %9</translation>
    </message>
    <message numerus="yes">
        <source>Contest %1: %Ln protocol(s) checked</source>
        <translation>
            <numerusform>Contest %1: %Ln protocol checked</numerusform>
            <numerusform>Contest %1: %Ln protocols checked</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1, violated %2, not checked %3</source>
        <translation>checked %1, violated %2, not checked %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>ChildProcessTimer</name>
    <message>
        <source>cannot make a temporary file: %1</source>
        <translation>cannot make a temporary file: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>waiting for %1 failed: %2</source>
        <translation>waiting for %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 failed: %3</translation>
    </message>
    <message>
        <source>the sqlite3 shell is needed as the reference (apt-get install sqlite3)</source>
        <translation>the sqlite3 shell is needed as the reference (apt-get install sqlite3)</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a column target (expected line:KEY, party:N, region, district, precinct, address, extra or ignore)</source>
        <translation>&quot;%1&quot; is not a column target (expected line:KEY, party:N, region, district, precinct, address, extra or ignore)</translation>
    </message>
    <message>
        <source>kept as text</source>
        <translation>kept as text</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>territorial commission (district)</source>
        <translation>territorial commission (district)</translation>
    </message>
    <message>
        <source>precinct number</source>
        <translation>precinct number</translation>
    </message>
    <message>
        <source>precinct address</source>
        <translation>precinct address</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>(not on the form)</source>
        <translation>(not on the form)</translation>
    </message>
    <message>
        <source>party %1: %2</source>
        <translation>party %1: %2</translation>
    </message>
    <message>
        <source>party %1: %2 (not on the ballot yet)</source>
        <translation>party %1: %2 (not on the ballot yet)</translation>
    </message>
    <message>
        <source>not a column mapping (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>not a column mapping (&quot;format&quot; is not &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>column mapping version %1 is not supported</source>
        <translation>column mapping version %1 is not supported</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: not a JSON object: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>it reads like a protocol line but matches none of the form&apos;s lines</source>
        <translation>it reads like a protocol line but matches none of the form&apos;s lines</translation>
    </message>
    <message>
        <source>its number is ballot position %1 (%2), but its name, %3, is not that entry&apos;s nor clearly another&apos;s</source>
        <translation>its number is ballot position %1 (%2), but its name, %3, is not that entry&apos;s nor clearly another&apos;s</translation>
    </message>
    <message>
        <source>its name could be ballot position %1 (%2) or %3 (%4)</source>
        <translation>its name could be ballot position %1 (%2) or %3 (%4)</translation>
    </message>
    <message>
        <source>it names ballot position %1 (%2), which column %3 has already</source>
        <translation>it names ballot position %1 (%2), which column %3 has already</translation>
    </message>
    <message>
        <source>column %1 (no header)</source>
        <translation>column %1 (no header)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>%1 has %n contest(s); choose one with --contest: %2</source>
        <translation>
            <numerusform>%1 has %n contest; choose one with --contest: %2</numerusform>
            <numerusform>%1 has %n contests; choose one with --contest: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>saylau %1: %2</source>
        <translation>saylau %1: %2</translation>
    </message>
    <message>
        <source>The contest (may be left out when the file has one).</source>
        <translation>The contest (may be left out when the file has one).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation>Output format: text, csv or json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Shares of all ballots cast, spoiled included (cast), or of valid votes (valid).</source>
        <translation>Shares of all ballots cast, spoiled included (cast), or of valid votes (valid).</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>%1 Leave --source out to show what there is.</source>
        <translation>%1 Leave --source out to show what there is.</translation>
    </message>
    <message>
        <source>saylau: --lang must be one of %1</source>
        <translation>saylau: --lang must be one of %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>--%1 %2 is required</source>
        <translation>--%1 %2 is required</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unknown format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 must be %2</source>
        <translation>--%1 must be %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message numerus="yes">
        <source>expected %n or more argument(s)</source>
        <translation>
            <numerusform>expected %n or more argument</numerusform>
            <numerusform>expected %n or more arguments</numerusform>
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
        <translation>saylau: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: saylau COMMAND [OPTIONS]  (saylau COMMAND --help for its options)</source>
        <translation>Usage: saylau COMMAND [OPTIONS]  (saylau COMMAND --help for its options)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>--lang ru|kk|en with any command: the language of its words, dates and numbers (by default the one LANGUAGE, LC_ALL, LC_MESSAGES or LANG ask for).</source>
        <translation>--lang ru|kk|en with any command: the language of its words, dates and numbers (by default the one LANGUAGE, LC_ALL, LC_MESSAGES or LANG ask for).</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>this protocol changed while the conflict was open (another merge or resolution); nothing was saved, open it again</source>
        <translation>this protocol changed while the conflict was open (another merge or resolution); nothing was saved, open it again</translation>
    </message>
    <message>
        <source>reading the protocol</source>
        <translation>reading the protocol</translation>
    </message>
    <message>
        <source>the resolved protocol cannot be read back</source>
        <translation>the resolved protocol cannot be read back</translation>
    </message>
    <message>
        <source>resolving the conflict</source>
        <translation>resolving the conflict</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>List the protocols changed differently in two places, every version kept</source>
        <translation>List the protocols changed differently in two places, every version kept</translation>
    </message>
    <message numerus="yes">
        <source>Precinct %1, contest %2, %3%4: %n version(s)</source>
        <translation>
            <numerusform>Precinct %1, contest %2, %3%4: %n version</numerusform>
            <numerusform>Precinct %1, contest %2, %3%4: %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>%1 %2: deleted at %3 by %4 (%5), kept here because protocols, photos or drafts lie there</source>
        <translation>%1 %2: deleted at %3 by %4 (%5), kept here because protocols, photos or drafts lie there</translation>
    </message>
</context>
<context>
    <name>ContestSources</name>
    <message>
        <source>%1 has no protocols yet: import the official figures or enter the observers&apos; copies first.</source>
        <translation>%1 has no protocols yet: import the official figures or enter the observers&apos; copies first.</translation>
    </message>
    <message>
        <source>%1 has no observers&apos; copies yet, only official figures.</source>
        <translation>%1 has no observers&apos; copies yet, only official figures.</translation>
    </message>
    <message>
        <source>%1 has no official figures yet, only observers&apos; copies.</source>
        <translation>%1 has no official figures yet, only observers&apos; copies.</translation>
    </message>
</context>
<context>
    <name>ContestsCommand</name>
    <message>
        <source>List the contests of a campaign file</source>
        <translation>List the contests of a campaign file</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy a whole campaign (photos and history included) between a file and a server, and verify the copy</source>
        <translation>Copy a whole campaign (photos and history included) between a file and a server, and verify the copy</translation>
    </message>
    <message>
        <source>The campaign to copy: a file or a server address (postgresql://user@host:port/database).</source>
        <translation>The campaign to copy: a file or a server address (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>Where to copy it: a file that does not exist yet, or an empty database on a server.</source>
        <translation>Where to copy it: a file that does not exist yet, or an empty database on a server.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n row(s), verified (the rows of every table counted; checksum over protocols, their history and photos: %3)</source>
        <translation>
            <numerusform>Copied %1 to %2: %n row, verified (the rows of every table counted; checksum over protocols, their history and photos: %3)</numerusform>
            <numerusform>Copied %1 to %2: %n rows, verified (the rows of every table counted; checksum over protocols, their history and photos: %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyProtocolWriter</name>
    <message>
        <source>reading the protocols</source>
        <translation>reading the protocols</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>adding territory</source>
        <translation>adding territory</translation>
    </message>
    <message>
        <source>reading the protocols being replaced</source>
        <translation>reading the protocols being replaced</translation>
    </message>
    <message>
        <source>saving protocols</source>
        <translation>saving protocols</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>numbering the import</translation>
    </message>
    <message>
        <source>recording the protocols&apos; history</source>
        <translation>recording the protocols&apos; history</translation>
    </message>
</context>
<context>
    <name>CountArithmetic</name>
    <message>
        <source>a sum of counts does not fit in 64 bits: the campaign holds a count far above %1, the largest a protocol cell can hold; correct it and try again</source>
        <translation>a sum of counts does not fit in 64 bits: the campaign holds a count far above %1, the largest a protocol cell can hold; correct it and try again</translation>
    </message>
</context>
<context>
    <name>CountParser</name>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>a negative count</source>
        <translation>a negative count</translation>
    </message>
    <message>
        <source>above %1, the largest count a protocol cell holds</source>
        <translation>above %1, the largest count a protocol cell holds</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>it starts with a UTF-8 byte-order mark</source>
        <translation>it starts with a UTF-8 byte-order mark</translation>
    </message>
    <message>
        <source>its beginning is UTF-8</source>
        <translation>its beginning is UTF-8</translation>
    </message>
    <message>
        <source>its beginning is not UTF-8</source>
        <translation>its beginning is not UTF-8</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field (a quote inside a field is written twice)</source>
        <translation>text after the closing quote of a quoted field (a quote inside a field is written twice)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message numerus="yes">
        <source>the record is longer than %n MB</source>
        <translation>
            <numerusform>the record is longer than %n MB</numerusform>
            <numerusform>the record is longer than %n MB</numerusform>
        </translation>
    </message>
    <message>
        <source>the byte 0x%1 is not valid %2, the encoding the file is read in (%3); save the file in one encoding and import it again</source>
        <translation>the byte 0x%1 is not valid %2, the encoding the file is read in (%3); save the file in one encoding and import it again</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
</context>
<context>
    <name>CsvScaler</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 has no precinct column to renumber</source>
        <translation>%1 has no precinct column to renumber</translation>
    </message>
    <message>
        <source>%1 has no data rows</source>
        <translation>%1 has no data rows</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoCampaign</name>
    <message>
        <source>demo: no plan for region %1</source>
        <translation>demo: no plan for region %1</translation>
    </message>
    <message>
        <source>demo: the vote table cannot be fitted</source>
        <translation>demo: the vote table cannot be fitted</translation>
    </message>
    <message>
        <source>demo: the ballot of %1 has no party &quot;%2&quot;</source>
        <translation>demo: the ballot of %1 has no party &quot;%2&quot;</translation>
    </message>
    <message>
        <source>demo: contest %1 would receive fewer ballots than voters</source>
        <translation>demo: contest %1 would receive fewer ballots than voters</translation>
    </message>
    <message>
        <source>demo: the kz-2021 territory has no region %1</source>
        <translation>demo: the kz-2021 territory has no region %1</translation>
    </message>
    <message>
        <source>synthetic</source>
        <translation>synthetic</translation>
    </message>
    <message>
        <source>synthetic official figures</source>
        <translation>synthetic official figures</translation>
    </message>
    <message>
        <source>Synthetic demonstration data made by &quot;saylau demo&quot;: the precinct protocols are invented so that their totals reproduce the summary tables of the observers&apos; press release (HAQ / Adil saylau, January 2021). They are not real protocols. As in the press release, the observers went where they could: their copies are not a random sample of precincts, so no margin of error can be given for them (&quot;saylau estimate&quot; shows what they cover instead).</source>
        <translation>Synthetic demonstration data made by &quot;saylau demo&quot;: the precinct protocols are invented so that their totals reproduce the summary tables of the observers&apos; press release (HAQ / Adil saylau, January 2021). They are not real protocols. As in the press release, the observers went where they could: their copies are not a random sample of precincts, so no margin of error can be given for them (&quot;saylau estimate&quot; shows what they cover instead).</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo campaign (synthetic data: the 2021 Kazakh elections) in a new file</source>
        <translation>Create the demo campaign (synthetic data: the 2021 Kazakh elections) in a new file</translation>
    </message>
    <message>
        <source>Created the demo campaign in %1 (synthetic data, not real results); contests: %2</source>
        <translation>Created the demo campaign in %1 (synthetic data, not real results); contests: %2</translation>
    </message>
    <message>
        <source>The campaign file to create.</source>
        <translation>The campaign file to create.</translation>
    </message>
</context>
<context>
    <name>DeskBenchmark</name>
    <message>
        <source>the program was still busy after 10 minutes</source>
        <translation>the program was still busy after 10 minutes</translation>
    </message>
    <message>
        <source>%1 has no precinct with a protocol of %2 to save again</source>
        <translation>%1 has no precinct with a protocol of %2 to save again</translation>
    </message>
    <message>
        <source>the program did not open %1</source>
        <translation>the program did not open %1</translation>
    </message>
    <message>
        <source>after opening, the navigator or the overview was empty</source>
        <translation>after opening, the navigator or the overview was empty</translation>
    </message>
    <message>
        <source>the overview did not change after the save</source>
        <translation>the overview did not change after the save</translation>
    </message>
    <message>
        <source>  %1: %2 s (goal %3; %4x the shell)%5</source>
        <translation>  %1: %2 s (goal %3; %4x the shell)%5</translation>
    </message>
    <message numerus="yes">
        <source>saylau-desk on %1: %2 protocols; wall time, median of %n run(s); load average %3</source>
        <translation>
            <numerusform>saylau-desk on %1: %2 protocols; wall time, median of %n run; load average %3</numerusform>
            <numerusform>saylau-desk on %1: %2 protocols; wall time, median of %n runs; load average %3</numerusform>
        </translation>
    </message>
    <message>
        <source>  sqlite3 shell, every line summed per region (whole process): %1 s</source>
        <translation>  sqlite3 shell, every line summed per region (whole process): %1 s</translation>
    </message>
    <message>
        <source>    query: %1</source>
        <translation>    query: %1</translation>
    </message>
    <message>
        <source>opening, until the navigator and the overview are filled</source>
        <translation>opening, until the navigator and the overview are filled</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 s</translation>
    </message>
    <message>
        <source>totals after a save, navigator and overview</source>
        <translation>totals after a save, navigator and overview</translation>
    </message>
    <message>
        <source>&lt; 0.1 s</source>
        <translation>&lt; 0.1 s</translation>
    </message>
    <message>
        <source>the charts window offers no %1 chart</source>
        <translation>the charts window offers no %1 chart</translation>
    </message>
    <message>
        <source>chart %1 redrawn</source>
        <translation>chart %1 redrawn</translation>
    </message>
    <message>
        <source>&lt; 0.3 s</source>
        <translation>&lt; 0.3 s</translation>
    </message>
    <message>
        <source>, a message instead of a chart</source>
        <translation>, a message instead of a chart</translation>
    </message>
    <message>
        <source>Times the desktop program on a campaign: opening, the totals after a save, every chart redrawn.</source>
        <translation>Times the desktop program on a campaign: opening, the totals after a save, every chart redrawn.</translation>
    </message>
    <message>
        <source>A campaign, or a results file to make one from.</source>
        <translation>A campaign, or a results file to make one from.</translation>
    </message>
    <message>
        <source>Runs of each; the median is reported.</source>
        <translation>Runs of each; the median is reported.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The sqlite3 shell to compare with.</source>
        <translation>The sqlite3 shell to compare with.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>For a results file: the campaign preset to import it into.</source>
        <translation>For a results file: the campaign preset to import it into.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>usage: saylau-desk-bench FILE.db|DATA.csv [--runs n], n 1 or more</source>
        <translation>usage: saylau-desk-bench FILE.db|DATA.csv [--runs n], n 1 or more</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>cannot make a temporary folder: %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>cannot copy %1 to %2</translation>
    </message>
    <message>
        <source>run %1 of %2...</source>
        <translation>run %1 of %2...</translation>
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
        <translation>Compare observer copies with official figures (exit code 1 when they differ)</translation>
    </message>
    <message>
        <source>Contest to compare (may be left out when the file has one).</source>
        <translation>Contest to compare (may be left out when the file has one).</translation>
    </message>
    <message>
        <source>Set aside doubtful copies (breaking their own control relations, or with voters far from the official figure).</source>
        <translation>Set aside doubtful copies (breaking their own control relations, or with voters far from the official figure).</translation>
    </message>
    <message>
        <source>How many of the largest shifts to list.</source>
        <translation>How many of the largest shifts to list.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>List matching precincts and precincts without a copy too.</source>
        <translation>List matching precincts and precincts without a copy too.</translation>
    </message>
    <message numerus="yes">
        <source>saylau diff: %n protocol(s) name a territory that is not in the file; left out</source>
        <translation>
            <numerusform>saylau diff: %n protocol names a territory that is not in the file; left out</numerusform>
            <numerusform>saylau diff: %n protocols name a territory that is not in the file; left out</numerusform>
        </translation>
    </message>
    <message>
        <source>List every region by region, those without a copy too.</source>
        <translation>List every region by region, those without a copy too.</translation>
    </message>
    <message>
        <source>--top must be a whole number, 0 or more</source>
        <translation>--top must be a whole number, 0 or more</translation>
    </message>
</context>
<context>
    <name>Discrepancy</name>
    <message>
        <source>match</source>
        <translation>match</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>official figures missing</source>
        <translation>official figures missing</translation>
    </message>
    <message>
        <source>observer copy missing</source>
        <translation>observer copy missing</translation>
    </message>
    <message>
        <source>observer copies disagree</source>
        <translation>observer copies disagree</translation>
    </message>
    <message>
        <source>copies cover part of the precincts</source>
        <translation>copies cover part of the precincts</translation>
    </message>
</context>
<context>
    <name>DiscrepancyReportWriter</name>
    <message>
        <source>the sum includes doubtful copies</source>
        <translation>the sum includes doubtful copies</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>copy &quot;%1&quot;</source>
        <translation>copy &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 breaks %n control relation(s) of its form</source>
        <translation>
            <numerusform>%1 breaks %n control relation of its form</numerusform>
            <numerusform>%1 breaks %n control relations of its form</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 voters on the list against the official figure (likely another precinct)</source>
        <translation>%1 has %2 voters on the list against the official figure (likely another precinct)</translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful copy(ies) set aside</source>
        <translation>
            <numerusform>%n doubtful copy set aside</numerusform>
            <numerusform>%n doubtful copies set aside</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4 (%5)</source>
        <translation>%1 %2: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>Voters on the list</source>
        <translation>Voters on the list</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>Ballots received</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Ballots issued</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Ballots cast</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Invalid ballots</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Valid ballots</translation>
    </message>
    <message>
        <source>Unused ballots</source>
        <translation>Unused ballots</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Against all</translation>
    </message>
    <message>
        <source>Precincts with observer copies: %1; with official figures: %2</source>
        <translation>Precincts with observer copies: %1; with official figures: %2</translation>
    </message>
    <message>
        <source>Compared like for like: %1; differing: %2 (of which %3 rest on a doubtful copy)</source>
        <translation>Compared like for like: %1; differing: %2 (of which %3 rest on a doubtful copy)</translation>
    </message>
    <message>
        <source>Official figures missing: %1; observer copy missing: %2; observer copies disagree: %3</source>
        <translation>Official figures missing: %1; observer copy missing: %2; observer copies disagree: %3</translation>
    </message>
    <message>
        <source>Doubtful copies: %1 (set aside: %2)</source>
        <translation>Doubtful copies: %1 (set aside: %2)</translation>
    </message>
    <message>
        <source>Official figures of TIKs/regions: %1 compared with the copies of all their precincts (%2 differing); %3 where the copies cover only part of the precincts (not comparable)</source>
        <translation>Official figures of TIKs/regions: %1 compared with the copies of all their precincts (%2 differing); %3 where the copies cover only part of the precincts (not comparable)</translation>
    </message>
    <message>
        <source>Official figures against the copies</source>
        <translation>Official figures against the copies</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>taken</translation>
    </message>
    <message>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message>
        <source>Turnout (%1 / voters on the list) at the compared precincts: %2 by the copies, %3 official (%4 points)</source>
        <translation>Turnout (%1 / voters on the list) at the compared precincts: %2 by the copies, %3 official (%4 points)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>compared</translation>
    </message>
    <message>
        <source>differing</source>
        <translation>differing</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <source>turnout net</source>
        <translation>turnout net</translation>
    </message>
    <message>
        <source>Observer copies against official figures: %1 (%2)</source>
        <translation>Observer copies against official figures: %1 (%2)</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: a demonstration, not real election results.</source>
        <translation>SYNTHETIC DATA: a demonstration, not real election results.</translation>
    </message>
    <message>
        <source>Doubtful copies included and marked with *.</source>
        <translation>Doubtful copies included and marked with *.</translation>
    </message>
    <message>
        <source>Doubtful copies set aside.</source>
        <translation>Doubtful copies set aside.</translation>
    </message>
    <message>
        <source>By region (net change of the official figures against the copies):</source>
        <translation>By region (net change of the official figures against the copies):</translation>
    </message>
    <message>
        <source>Largest shifts:</source>
        <translation>Largest shifts:</translation>
    </message>
    <message>
        <source>+%1 / −%2</source>
        <translation>+%1 / −%2</translation>
    </message>
    <message>
        <source>(official total; copies of %1 of %2 precincts)</source>
        <translation>(official total; copies of %1 of %2 precincts)</translation>
    </message>
    <message>
        <source>Findings (official minus copy per line):</source>
        <translation>Findings (official minus copy per line):</translation>
    </message>
    <message>
        <source>Without the doubtful copies: %1 compared, %2 differing; net change %3</source>
        <translation>Without the doubtful copies: %1 compared, %2 differing; net change %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) without an observer copy not listed (--all-regions lists them).</source>
        <translation>
            <numerusform>%n region without an observer copy not listed (--all-regions lists them).</numerusform>
            <numerusform>%n regions without an observer copy not listed (--all-regions lists them).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the sum of the copies, empty in the official figures</source>
        <translation>%1 in the sum of the copies, empty in the official figures</translation>
    </message>
    <message>
        <source>not on every copy summed, %1 official</source>
        <translation>not on every copy summed, %1 official</translation>
    </message>
    <message>
        <source>%1 on the copy, empty in the official figures</source>
        <translation>%1 on the copy, empty in the official figures</translation>
    </message>
    <message>
        <source>empty on the copy, %1 official</source>
        <translation>empty on the copy, %1 official</translation>
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
        <translation>empty</translation>
    </message>
    <message>
        <source>unlabelled copy</source>
        <translation>unlabelled copy</translation>
    </message>
    <message>
        <source>match on the lines both sides give</source>
        <translation>match on the lines both sides give</translation>
    </message>
</context>
<context>
    <name>DiscrepancySheet</name>
    <message>
        <source>Discrepancy sheet: %1</source>
        <translation>Discrepancy sheet: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Sum of observer copies</source>
        <translation>Sum of observer copies</translation>
    </message>
    <message>
        <source>Observer copy</source>
        <translation>Observer copy</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Observer copy %1</source>
        <translation>Observer copy %1</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received how</source>
        <translation>Received how</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message numerus="yes">
        <source>The copy breaks %n control relation(s) of its form: it may carry a slip.</source>
        <translation>
            <numerusform>The copy breaks %n control relation of its form: it may carry a slip.</numerusform>
            <numerusform>The copy breaks %n control relations of its form: it may carry a slip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its voters on the list differ by %1 from the official figure: it may be the protocol of another precinct.</source>
        <translation>Its voters on the list differ by %1 from the official figure: it may be the protocol of another precinct.</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: a demonstration, not real election results.</source>
        <translation>SYNTHETIC DATA: a demonstration, not real election results.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>resting on a doubtful copy</source>
        <translation>resting on a doubtful copy</translation>
    </message>
    <message>
        <source>Official figures published for this territory as a whole, against the sum of the observer copies of %1 of the %2 precincts under it.</source>
        <translation>Official figures published for this territory as a whole, against the sum of the observer copies of %1 of the %2 precincts under it.</translation>
    </message>
    <message>
        <source>Differences are the official figures minus the observer&apos;s copy: %1 votes added, %2 votes taken.</source>
        <translation>Differences are the official figures minus the observer&apos;s copy: %1 votes added, %2 votes taken.</translation>
    </message>
    <message>
        <source>Prepared with SaylauDesk on %1 from %2.</source>
        <translation>Prepared with SaylauDesk on %1 from %2.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1, added by %2 %3</source>
        <translation>%1, added by %2 %3</translation>
    </message>
</context>
<context>
    <name>DoubleEntryReconciliation</name>
    <message numerus="yes">
        <source>%n mismatching line(s) still to be resolved</source>
        <translation>
            <numerusform>%n mismatching line still to be resolved</numerusform>
            <numerusform>%n mismatching lines still to be resolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>saving the draft</source>
        <translation>saving the draft</translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation>removing the draft</translation>
    </message>
    <message>
        <source>reading drafts</source>
        <translation>reading drafts</translation>
    </message>
</context>
<context>
    <name>EntrySession</name>
    <message>
        <source>no protocol is open</source>
        <translation>no protocol is open</translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>removing the second entries</source>
        <translation>removing the second entries</translation>
    </message>
    <message>
        <source>the saved protocol cannot be read back</source>
        <translation>the saved protocol cannot be read back</translation>
    </message>
    <message>
        <source>looking up the protocol</source>
        <translation>looking up the protocol</translation>
    </message>
    <message>
        <source>reading the protocol&apos;s status</source>
        <translation>reading the protocol&apos;s status</translation>
    </message>
    <message>
        <source>reading the protocol&apos;s history</source>
        <translation>reading the protocol&apos;s history</translation>
    </message>
    <message>
        <source>there is no protocol to enter a second time</source>
        <translation>there is no protocol to enter a second time</translation>
    </message>
    <message>
        <source>a second entry needs the operator&apos;s name</source>
        <translation>a second entry needs the operator&apos;s name</translation>
    </message>
    <message>
        <source>%1 entered this protocol; the second entry must be typed by another operator</source>
        <translation>%1 entered this protocol; the second entry must be typed by another operator</translation>
    </message>
    <message>
        <source>saving the second entry</source>
        <translation>saving the second entry</translation>
    </message>
    <message>
        <source>reading the second entries</source>
        <translation>reading the second entries</translation>
    </message>
    <message>
        <source>reading the protocols&apos; statuses</source>
        <translation>reading the protocols&apos; statuses</translation>
    </message>
    <message>
        <source>confirming the protocol</source>
        <translation>confirming the protocol</translation>
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
        <translation>Estimate turnout and shares with margins of error from a random sample&apos;s copies</translation>
    </message>
</context>
<context>
    <name>ExcessVotesEstimate</name>
    <message>
        <source>This is a model-based estimate (Shpilkin&apos;s method), not a count.</source>
        <translation>This is a model-based estimate (Shpilkin&apos;s method), not a count.</translation>
    </message>
    <message>
        <source>Assumed: the other parties&apos; votes and the invalid ballots are genuine at every turnout; the mode of their distribution over turnout (1% bins) marks the turnout of clean precincts.</source>
        <translation>Assumed: the other parties&apos; votes and the invalid ballots are genuine at every turnout; the mode of their distribution over turnout (1% bins) marks the turnout of clean precincts.</translation>
    </message>
    <message>
        <source>Assumed: up to that turnout the leader&apos;s share is genuine; above it the leader&apos;s genuine votes keep the same ratio to the others&apos; votes, and anything beyond is counted as excess.</source>
        <translation>Assumed: up to that turnout the leader&apos;s share is genuine; above it the leader&apos;s genuine votes keep the same ratio to the others&apos; votes, and anything beyond is counted as excess.</translation>
    </message>
    <message>
        <source>Real differences between places with high and low turnout (towns and villages, regions) also show up as excess: read it as what the model cannot explain, not as proof.</source>
        <translation>Real differences between places with high and low turnout (towns and villages, regions) also show up as excess: read it as what the model cannot explain, not as proof.</translation>
    </message>
</context>
<context>
    <name>ExchangeLedger</name>
    <message>
        <source>reading the campaign&apos;s exchange settings</source>
        <translation>reading the campaign&apos;s exchange settings</translation>
    </message>
    <message>
        <source>writing the campaign&apos;s exchange settings</source>
        <translation>writing the campaign&apos;s exchange settings</translation>
    </message>
    <message>
        <source>%1 has joined no exchange: make it headquarters with `saylau kit`, or use an office kit</source>
        <translation>%1 has joined no exchange: make it headquarters with `saylau kit`, or use an office kit</translation>
    </message>
    <message>
        <source>%1 is the kit of office %2, not headquarters</source>
        <translation>%1 is the kit of office %2, not headquarters</translation>
    </message>
    <message>
        <source>clearing the office&apos;s peers</source>
        <translation>clearing the office&apos;s peers</translation>
    </message>
    <message>
        <source>reading the exchange&apos;s peers</source>
        <translation>reading the exchange&apos;s peers</translation>
    </message>
    <message>
        <source>%1 already knows a peer named %2</source>
        <translation>%1 already knows a peer named %2</translation>
    </message>
    <message>
        <source>recording the peer %1</source>
        <translation>recording the peer %1</translation>
    </message>
    <message>
        <source>recording what %1 received</source>
        <translation>recording what %1 received</translation>
    </message>
    <message>
        <source>%1 has joined no exchange</source>
        <translation>%1 has joined no exchange</translation>
    </message>
    <message>
        <source>naming new territory</source>
        <translation>naming new territory</translation>
    </message>
    <message>
        <source>naming new rows</source>
        <translation>naming new rows</translation>
    </message>
    <message>
        <source>naming new photos</source>
        <translation>naming new photos</translation>
    </message>
    <message>
        <source>comparing protocols with their revisions</source>
        <translation>comparing protocols with their revisions</translation>
    </message>
    <message>
        <source>recording a protocol revision</source>
        <translation>recording a protocol revision</translation>
    </message>
    <message>
        <source>reading a protocol&apos;s revisions</source>
        <translation>reading a protocol&apos;s revisions</translation>
    </message>
    <message>
        <source>reading the conflicts</source>
        <translation>reading the conflicts</translation>
    </message>
    <message>
        <source>finding a precinct&apos;s region</source>
        <translation>finding a precinct&apos;s region</translation>
    </message>
    <message>
        <source>reading the territory</source>
        <translation>reading the territory</translation>
    </message>
    <message>
        <source>naming territory changes</source>
        <translation>naming territory changes</translation>
    </message>
    <message>
        <source>applying territory changes</source>
        <translation>applying territory changes</translation>
    </message>
    <message>
        <source>applying territory deletions</source>
        <translation>applying territory deletions</translation>
    </message>
    <message>
        <source>reading the refused deletions</source>
        <translation>reading the refused deletions</translation>
    </message>
    <message>
        <source>finding the territory of an office</source>
        <translation>finding the territory of an office</translation>
    </message>
    <message>
        <source>checking the right to exchange packages</source>
        <translation>checking the right to exchange packages</translation>
    </message>
    <message>
        <source>%1: merging, packing and resolving conflicts are a coordinator&apos;s work, and the server refuses them to your role (ask for the saylau_coordinator role); nothing was changed</source>
        <translation>%1: merging, packing and resolving conflicts are a coordinator&apos;s work, and the server refuses them to your role (ask for the saylau_coordinator role); nothing was changed</translation>
    </message>
</context>
<context>
    <name>FigureEditCommand</name>
    <message>
        <source>edit line %1</source>
        <translation>edit line %1</translation>
    </message>
</context>
<context>
    <name>FiguresCodec</name>
    <message>
        <source>stored figures are damaged: %1</source>
        <translation>stored figures are damaged: %1</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>reading protocols failed: %1</source>
        <translation>reading protocols failed: %1</translation>
    </message>
</context>
<context>
    <name>FileAttachmentStream</name>
    <message>
        <source>adding the photo %1</source>
        <translation>adding the photo %1</translation>
    </message>
    <message>
        <source>adding the photo %1 returned no id</source>
        <translation>adding the photo %1 returned no id</translation>
    </message>
</context>
<context>
    <name>FileBuiltAside</name>
    <message>
        <source>cannot write in the folder of %1: %2</source>
        <translation>cannot write in the folder of %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the data did not reach the disk</source>
        <translation>cannot write %1: the data did not reach the disk</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while this was being written and is left as it is; choose another name</source>
        <translation>%1 appeared while this was being written and is left as it is; choose another name</translation>
    </message>
</context>
<context>
    <name>ForensicsChartBuilder</name>
    <message>
        <source>%1 is not a forensic chart</source>
        <translation>%1 is not a forensic chart</translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s)</source>
        <translation>
            <numerusform>%Ln precinct</numerusform>
            <numerusform>%Ln precincts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln left out: no ballots, or more ballots than voters)</source>
        <translation>
            <numerusform>(%Ln left out: no ballots, or more ballots than voters)</numerusform>
            <numerusform>(%Ln left out: no ballots, or more ballots than voters)</numerusform>
        </translation>
    </message>
    <message>
        <source>V voters on the list, B ballots in the boxes (valid + invalid), L votes for %1; turnout t = B/V, %1&apos;s share s = L/B.</source>
        <translation>V voters on the list, B ballots in the boxes (valid + invalid), L votes for %1; turnout t = B/V, %1&apos;s share s = L/B.</translation>
    </message>
    <message>
        <source>the fine turnout histogram has bins of 0.1, 0.5 or 1 percentage point</source>
        <translation>the fine turnout histogram has bins of 0.1, 0.5 or 1 percentage point</translation>
    </message>
    <message>
        <source>Precincts, per %1 percentage point of turnout</source>
        <translation>Precincts, per %1 percentage point of turnout</translation>
    </message>
    <message>
        <source>Expected without a preference for round numbers (binomial spread of each precinct)</source>
        <translation>Expected without a preference for round numbers (binomial spread of each precinct)</translation>
    </message>
    <message>
        <source>Turnout across precincts, in bins of %1 percentage point</source>
        <translation>Turnout across precincts, in bins of %1 percentage point</translation>
    </message>
    <message numerus="yes">
        <source>Cut at the top: the last bin (up to 100%) holds %Ln precinct(s); %1 expected.</source>
        <translation>
            <numerusform>Cut at the top: the last bin (up to 100%) holds %Ln precinct; %1 expected.</numerusform>
            <numerusform>Cut at the top: the last bin (up to 100%) holds %Ln precincts; %1 expected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout t, % of voters on the list</source>
        <translation>Turnout t, % of voters on the list</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Precincts</translation>
    </message>
    <message>
        <source>Peaks at whole percentages above the expected curve are what Shpilkin called the &quot;saw&quot;: more precincts report round turnouts than chance gives. The expected curve has peaks of its own at simple fractions (50%, 66.7%, 75%), where small precincts land by arithmetic alone.</source>
        <translation>Peaks at whole percentages above the expected curve are what Shpilkin called the &quot;saw&quot;: more precincts report round turnouts than chance gives. The expected curve has peaks of its own at simple fractions (50%, 66.7%, 75%), where small precincts land by arithmetic alone.</translation>
    </message>
    <message>
        <source>One dot per precinct</source>
        <translation>One dot per precinct</translation>
    </message>
    <message>
        <source>Turnout and the share of %1, precinct by precinct</source>
        <translation>Turnout and the share of %1, precinct by precinct</translation>
    </message>
    <message>
        <source>Share of %1 s, % of ballots in the boxes</source>
        <translation>Share of %1 s, % of ballots in the boxes</translation>
    </message>
    <message>
        <source>Precincts per 1% × 1% cell (log scale)</source>
        <translation>Precincts per 1% × 1% cell (log scale)</translation>
    </message>
    <message>
        <source>Election fingerprint: turnout × share of %1</source>
        <translation>Election fingerprint: turnout × share of %1</translation>
    </message>
    <message>
        <source>A 2D histogram at 1% bins (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012). Clean elections give one round cloud; a smear towards 100% turnout and 100% share is what ballot stuffing would leave.</source>
        <translation>A 2D histogram at 1% bins (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012). Clean elections give one round cloud; a smear towards 100% turnout and 100% share is what ballot stuffing would leave.</translation>
    </message>
    <message>
        <source>Votes by turnout: where each party&apos;s votes come from</source>
        <translation>Votes by turnout: where each party&apos;s votes come from</translation>
    </message>
    <message>
        <source>Turnout t of the precinct, %</source>
        <translation>Turnout t of the precinct, %</translation>
    </message>
    <message>
        <source>Votes, per 0.5% of turnout</source>
        <translation>Votes, per 0.5% of turnout</translation>
    </message>
    <message>
        <source>Each party&apos;s votes summed over the precincts of each 0.5% turnout bin. Where turnout is genuine, every party&apos;s curve has one peak at the same turnout; votes of one party growing with turnout while the others&apos; fall is the pattern of added ballots.</source>
        <translation>Each party&apos;s votes summed over the precincts of each 0.5% turnout bin. Where turnout is genuine, every party&apos;s curve has one peak at the same turnout; votes of one party growing with turnout while the others&apos; fall is the pattern of added ballots.</translation>
    </message>
    <message>
        <source>Precincts per 1% × 1% cell (log scale, one scale for all)</source>
        <translation>Precincts per 1% × 1% cell (log scale, one scale for all)</translation>
    </message>
    <message>
        <source>Election fingerprint by region: turnout × share of %1</source>
        <translation>Election fingerprint by region: turnout × share of %1</translation>
    </message>
    <message>
        <source>Turnout t, 0 to 100% across each map</source>
        <translation>Turnout t, 0 to 100% across each map</translation>
    </message>
    <message>
        <source>Share of %1 s, 0 to 100% up each map</source>
        <translation>Share of %1 s, 0 to 100% up each map</translation>
    </message>
    <message>
        <source>A 2D histogram at 1% bins for each region (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012), all on one colour scale, so that the regions compare. Clean elections give one round cloud; a smear towards 100% turnout and 100% share is what ballot stuffing would leave.</source>
        <translation>A 2D histogram at 1% bins for each region (Klimek, Yegorov, Hanel &amp; Thurner, PNAS 2012), all on one colour scale, so that the regions compare. Clean elections give one round cloud; a smear towards 100% turnout and 100% share is what ballot stuffing would leave.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln protocol(s) without voters, ballots or the leader&apos;s votes left out)</source>
        <translation>
            <numerusform>(%Ln protocol without voters, ballots or the leader&apos;s votes left out)</numerusform>
            <numerusform>(%Ln protocols without voters, ballots or the leader&apos;s votes left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s) give no votes for some of the parties: each curve sums the precincts that give its party&apos;s votes.</source>
        <translation>
            <numerusform>%Ln precinct gives no votes for some of the parties: each curve sums the precincts that give its party&apos;s votes.</numerusform>
            <numerusform>%Ln precincts give no votes for some of the parties: each curve sums the precincts that give its party&apos;s votes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForensicsCommand</name>
    <message>
        <source>Integer-percentage test and excess-votes estimate of per-precinct figures</source>
        <translation>Integer-percentage test and excess-votes estimate of per-precinct figures</translation>
    </message>
    <message>
        <source>official or observer.</source>
        <translation>official or observer.</translation>
    </message>
    <message>
        <source>The party whose share is tested (short name, name or key); the one with the most votes by default.</source>
        <translation>The party whose share is tested (short name, name or key); the one with the most votes by default.</translation>
    </message>
    <message>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <source>Seed of the Monte Carlo.</source>
        <translation>Seed of the Monte Carlo.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Monte Carlo draws.</source>
        <translation>Monte Carlo draws.</translation>
    </message>
    <message>
        <source>Only the precincts of this region (its name).</source>
        <translation>Only the precincts of this region (its name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more</source>
        <translation>--seed must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>--draws must be a whole number from 2 to 1,000,000</source>
        <translation>--draws must be a whole number from 2 to 1,000,000</translation>
    </message>
    <message numerus="yes">
        <source>saylau forensics: %n precinct protocol(s) lack voters or ballots; left out</source>
        <translation>
            <numerusform>saylau forensics: %n precinct protocol lacks voters or ballots; left out</numerusform>
            <numerusform>saylau forensics: %n precinct protocols lack voters or ballots; left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saylau forensics: %n precinct protocol(s) give no votes for %1; left out</source>
        <translation>
            <numerusform>saylau forensics: %n precinct protocol gives no votes for %1; left out</numerusform>
            <numerusform>saylau forensics: %n precinct protocols give no votes for %1; left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForensicsData</name>
    <message>
        <source>the form of %1 does not define voters, valid and invalid ballots</source>
        <translation>the form of %1 does not define voters, valid and invalid ballots</translation>
    </message>
    <message>
        <source>%1 has no parties on its ballot</source>
        <translation>%1 has no parties on its ballot</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(no region)</translation>
    </message>
    <message>
        <source>no party &quot;%1&quot; on the ballot of %2</source>
        <translation>no party &quot;%1&quot; on the ballot of %2</translation>
    </message>
    <message>
        <source>no region &quot;%1&quot; among the precincts</source>
        <translation>no region &quot;%1&quot; among the precincts</translation>
    </message>
    <message>
        <source>%1 has no precinct protocols of %2 with voters and ballots</source>
        <translation>%1 has no precinct protocols of %2 with voters and ballots</translation>
    </message>
    <message>
        <source>%1 has no precinct protocols of %2 with votes for %3</source>
        <translation>%1 has no precinct protocols of %2 with votes for %3</translation>
    </message>
    <message>
        <source>any party</source>
        <translation>any party</translation>
    </message>
</context>
<context>
    <name>ForensicsReport</name>
    <message>
        <source>Per precinct: V voters on the list, B ballots in the boxes (valid + invalid), L the leader&apos;s votes; turnout t = B/V, leader&apos;s share s = L/B. Integer test (Kobak, Shpilkin &amp; Pshenichnikov 2016): precincts whose 100·t or 100·s lies within 0.05 of a whole number, precincts with V &lt; 100 left out; expected from a Monte Carlo null, B* ~ Binomial(V, t), L* ~ Binomial(B*, s).</source>
        <translation>Per precinct: V voters on the list, B ballots in the boxes (valid + invalid), L the leader&apos;s votes; turnout t = B/V, leader&apos;s share s = L/B. Integer test (Kobak, Shpilkin &amp; Pshenichnikov 2016): precincts whose 100·t or 100·s lies within 0.05 of a whole number, precincts with V &lt; 100 left out; expected from a Monte Carlo null, B* ~ Binomial(V, t), L* ~ Binomial(B*, s).</translation>
    </message>
    <message>
        <source>Election forensics: %1, %2; leader: %3</source>
        <translation>Election forensics: %1, %2; leader: %3</translation>
    </message>
    <message>
        <source>Precincts: %1; in the integer test: %2; left out: %3 with fewer than 100 voters, %4 with no ballots or more ballots than voters.</source>
        <translation>Precincts: %1; in the integer test: %2; left out: %3 with fewer than 100 voters, %4 with no ballots or more ballots than voters.</translation>
    </message>
    <message numerus="yes">
        <source>Integer percentages (within 0.05 of a whole number); expected: %Ln Monte Carlo draw(s), seed %1.</source>
        <translation>
            <numerusform>Integer percentages (within 0.05 of a whole number); expected: %Ln Monte Carlo draw, seed %1.</numerusform>
            <numerusform>Integer percentages (within 0.05 of a whole number); expected: %Ln Monte Carlo draws, seed %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>turnout</translation>
    </message>
    <message>
        <source>leader&apos;s share</source>
        <translation>leader&apos;s share</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observed</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>excess</source>
        <translation>excess</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Regions with the highest z (%1 of %2):</source>
        <translation>Regions with the highest z (%1 of %2):</translation>
    </message>
    <message>
        <source>precincts</source>
        <translation>precincts</translation>
    </message>
    <message>
        <source>Excess votes of %1 (Shpilkin&apos;s method), a model-based estimate:</source>
        <translation>Excess votes of %1 (Shpilkin&apos;s method), a model-based estimate:</translation>
    </message>
    <message>
        <source>clean turnout: up to %1% (the mode of the others&apos; votes over turnout); the leader&apos;s share there %2%</source>
        <translation>clean turnout: up to %1% (the mode of the others&apos; votes over turnout); the leader&apos;s share there %2%</translation>
    </message>
    <message>
        <source>above it: %1 precincts, the leader&apos;s votes %2, expected from the others&apos; votes %3</source>
        <translation>above it: %1 precincts, the leader&apos;s votes %2, expected from the others&apos; votes %3</translation>
    </message>
    <message>
        <source>excess: %1 votes, %2% of the leader&apos;s %3</source>
        <translation>excess: %1 votes, %2% of the leader&apos;s %3</translation>
    </message>
    <message>
        <source>Left out before the test: %1 precinct protocol(s) without voters or ballots, %2 without votes for %3.</source>
        <translation>Left out before the test: %1 precinct protocol(s) without voters or ballots, %2 without votes for %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s) give no votes for some other party: they stay in the test and the estimate, which need only V, B and L.</source>
        <translation>
            <numerusform>%Ln precinct gives no votes for some other party: it stays in the test and the estimate, which need only V, B and L.</numerusform>
            <numerusform>%Ln precincts give no votes for some other party: they stay in the test and the estimate, which need only V, B and L.</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol gives votes for %1: not on this election&apos;s ballot, left out.</source>
        <translation>No protocol gives votes for %1: not on this election&apos;s ballot, left out.</translation>
    </message>
</context>
<context>
    <name>FormEvaluator</name>
    <message>
        <source>formula &quot;%1&quot;: only one comparison is allowed</source>
        <translation>formula &quot;%1&quot;: only one comparison is allowed</translation>
    </message>
    <message>
        <source>formula &quot;%1&quot; has no comparison (=, &lt;=, &gt;=, &lt;, &gt;)</source>
        <translation>formula &quot;%1&quot; has no comparison (=, &lt;=, &gt;=, &lt;, &gt;)</translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; of form %2: %3</source>
        <translation>measure &quot;%1&quot; of form %2: %3</translation>
    </message>
</context>
<context>
    <name>HistoryChain</name>
    <message>
        <source>reading the protocol history failed: %1</source>
        <translation>reading the protocol history failed: %1</translation>
    </message>
    <message>
        <source>recording the end of the protocol history failed: %1</source>
        <translation>recording the end of the protocol history failed: %1</translation>
    </message>
    <message>
        <source>preparing the protocol history</source>
        <translation>preparing the protocol history</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>reading the end of the protocol history</source>
        <translation>reading the end of the protocol history</translation>
    </message>
    <message>
        <source>recording the protocol&apos;s history</source>
        <translation>recording the protocol&apos;s history</translation>
    </message>
    <message>
        <source>it was added after the last row SaylauDesk wrote</source>
        <translation>it was added after the last row SaylauDesk wrote</translation>
    </message>
    <message>
        <source>it does not follow the row before it: a row was deleted, inserted or moved before it</source>
        <translation>it does not follow the row before it: a row was deleted, inserted or moved before it</translation>
    </message>
    <message>
        <source>its content does not match its hash: it was changed after it was written</source>
        <translation>its content does not match its hash: it was changed after it was written</translation>
    </message>
    <message>
        <source>the history was last written up to row %1: the rows after this one were deleted, or its end was rewritten</source>
        <translation>the history was last written up to row %1: the rows after this one were deleted, or its end was rewritten</translation>
    </message>
    <message>
        <source>hashing the protocol history failed: %1</source>
        <translation>hashing the protocol history failed: %1</translation>
    </message>
    <message>
        <source>recording the end of the protocol history</source>
        <translation>recording the end of the protocol history</translation>
    </message>
    <message>
        <source>reading the protocol history</source>
        <translation>reading the protocol history</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The observer copy (default: the first one).</source>
        <translation>The observer copy (default: the first one).</translation>
    </message>
    <message>
        <source>%1 has no precinct No. %2</source>
        <translation>%1 has no precinct No. %2</translation>
    </message>
    <message>
        <source>precinct %1, %2, revision %3, %4, control relation errors: %5</source>
        <translation>precinct %1, %2, revision %3, %4, control relation errors: %5</translation>
    </message>
    <message>
        <source>not checked (imported)</source>
        <translation>not checked (imported)</translation>
    </message>
    <message>
        <source>Show every save of a precinct&apos;s protocol, typed or imported: who, when, what changed</source>
        <translation>Show every save of a precinct&apos;s protocol, typed or imported: who, when, what changed</translation>
    </message>
    <message>
        <source>Whose protocol: observer (the default) or official.</source>
        <translation>Whose protocol: observer (the default) or official.</translation>
    </message>
    <message>
        <source>precinct No. %1 has no %2 protocol of %3</source>
        <translation>precinct No. %1 has no %2 protocol of %3</translation>
    </message>
    <message>
        <source>The precinct&apos;s number.</source>
        <translation>The precinct&apos;s number.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
</context>
<context>
    <name>HistoryStateCheck</name>
    <message>
        <source>reading the protocols and their history</source>
        <translation>reading the protocols and their history</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import official or observer results from a CSV file</source>
        <translation>Import official or observer results from a CSV file</translation>
    </message>
    <message>
        <source>Contest to import into (may be left out when the file has one).</source>
        <translation>Contest to import into (may be left out when the file has one).</translation>
    </message>
    <message>
        <source>Whose figures: official or observer.</source>
        <translation>Whose figures: official or observer.</translation>
    </message>
    <message>
        <source>Column mapping (JSON) to start from; headers it does not name are matched automatically.</source>
        <translation>Column mapping (JSON) to start from; headers it does not name are matched automatically.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the mapping used to this JSON file.</source>
        <translation>Write the mapping used to this JSON file.</translation>
    </message>
    <message>
        <source>Add the file&apos;s parties to the contest&apos;s ballot, in column order.</source>
        <translation>Add the file&apos;s parties to the contest&apos;s ballot, in column order.</translation>
    </message>
    <message>
        <source>Check and report, store nothing.</source>
        <translation>Check and report, store nothing.</translation>
    </message>
    <message>
        <source>A column that maps to nothing is an error.</source>
        <translation>A column that maps to nothing is an error.</translation>
    </message>
    <message>
        <source>Import the good rows; write the bad ones with reasons to this file.</source>
        <translation>Import the good rows; write the bad ones with reasons to this file.</translation>
    </message>
    <message>
        <source>rejects.csv</source>
        <translation>rejects.csv</translation>
    </message>
    <message>
        <source>What a row is: precinct, district (TIK) or region.</source>
        <translation>What a row is: precinct, district (TIK) or region.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>Label of this observer copy (several copies of one precinct are kept apart by it).</source>
        <translation>Label of this observer copy (several copies of one precinct are kept apart by it).</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>No progress on stderr.</translation>
    </message>
    <message>
        <source>%1: %2, %3-separated</source>
        <translation>%1: %2, %3-separated</translation>
    </message>
    <message>
        <source>using the column mapping saved for files of this shape</source>
        <translation>using the column mapping saved for files of this shape</translation>
    </message>
    <message>
        <source>importing... %1%</source>
        <translation>importing... %1%</translation>
    </message>
    <message>
        <source>Dry run, nothing stored: %1 rows would be imported into %2 (%3)</source>
        <translation>Dry run, nothing stored: %1 rows would be imported into %2 (%3)</translation>
    </message>
    <message>
        <source>Imported %1 rows into %2 (%3)</source>
        <translation>Imported %1 rows into %2 (%3)</translation>
    </message>
    <message>
        <source>  rows read: %1; new: %2; replaced: %3; unchanged: %4; rejected: %5; totals rows skipped: %6</source>
        <translation>  rows read: %1; new: %2; replaced: %3; unchanged: %4; rejected: %5; totals rows skipped: %6</translation>
    </message>
    <message>
        <source>  added to the ballot: %1. %2</source>
        <translation>  added to the ballot: %1. %2</translation>
    </message>
    <message>
        <source>  column kept as text (maps to nothing): %1</source>
        <translation>  column kept as text (maps to nothing): %1</translation>
    </message>
    <message>
        <source>  rejected rows and reasons: %1</source>
        <translation>  rejected rows and reasons: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Print how each column is mapped (always done with --dry-run).</source>
        <translation>Print how each column is mapped (always done with --dry-run).</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Column mapping:</translation>
    </message>
    <message>
        <source> (match %1%)</source>
        <translation> (match %1%)</translation>
    </message>
    <message>
        <source>Who imports: named in the import record and in the history of every protocol whose figures the file replaces.</source>
        <translation>Who imports: named in the import record and in the history of every protocol whose figures the file replaces.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>How long to wait, when another program is writing to the campaign, before giving up (default %1).</source>
        <translation>How long to wait, when another program is writing to the campaign, before giving up (default %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>  units counted by a TIK itself (rows with a TIK and no precinct): %1</source>
        <translation>  units counted by a TIK itself (rows with a TIK and no precinct): %1</translation>
    </message>
    <message>
        <source>The file is a precinct list (region, TIK, precinct, address): create the precincts it names and set their addresses; no figures are stored.</source>
        <translation>The file is a precinct list (region, TIK, precinct, address): create the precincts it names and set their addresses; no figures are stored.</translation>
    </message>
    <message>
        <source>The results file, or with --territory-only the precinct list.</source>
        <translation>The results file, or with --territory-only the precinct list.</translation>
    </message>
    <message>
        <source>--source must be official or observer</source>
        <translation>--source must be official or observer</translation>
    </message>
    <message>
        <source>--wait must be a whole number of seconds</source>
        <translation>--wait must be a whole number of seconds</translation>
    </message>
    <message>
        <source>  of these, TIK subtotal rows: %1 (a TIK and no precinct, and counts equal to the sum of the TIK&apos;s precincts)</source>
        <translation>  of these, TIK subtotal rows: %1 (a TIK and no precinct, and counts equal to the sum of the TIK&apos;s precincts)</translation>
    </message>
    <message>
        <source>  new territory: %1</source>
        <translation>  new territory: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln region</numerusform>
            <numerusform>%Ln regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln TIK(s)</source>
        <translation>
            <numerusform>%Ln TIK</numerusform>
            <numerusform>%Ln TIKs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s)</source>
        <translation>
            <numerusform>%Ln precinct</numerusform>
            <numerusform>%Ln precincts</numerusform>
        </translation>
    </message>
    <message>
        <source>  no region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK)</source>
        <translation>  no region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK)</translation>
    </message>
    <message>
        <source>For a file of one region without a region column: the campaign&apos;s region its rows lie in.</source>
        <translation>For a file of one region without a region column: the campaign&apos;s region its rows lie in.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import Results</source>
        <translation>Import Results</translation>
    </message>
    <message>
        <source>Column Mapping — %1</source>
        <translation>Column Mapping — %1</translation>
    </message>
    <message>
        <source>The import was cancelled. The campaign is as it was before.</source>
        <translation>The import was cancelled. The campaign is as it was before.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Writing to the campaign file…</source>
        <translation>Writing to the campaign file…</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import Failed</translation>
    </message>
    <message>
        <source>Nothing was imported: the campaign is as it was before.

%1</source>
        <translation>Nothing was imported: the campaign is as it was before.

%1</translation>
    </message>
    <message>
        <source>Import the &amp;Good Rows…</source>
        <translation>Import the &amp;Good Rows…</translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation>Rejected Rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>official figures</source>
        <translation>official figures</translation>
    </message>
    <message>
        <source>observer copies</source>
        <translation>observer copies</translation>
    </message>
    <message>
        <source>%1 rows of %2 imported into %3.</source>
        <translation>%1 rows of %2 imported into %3.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Replaced (the figures differed): %1</source>
        <translation>Replaced (the figures differed): %1</translation>
    </message>
    <message>
        <source>Unchanged (the same figures): %1</source>
        <translation>Unchanged (the same figures): %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Totals rows skipped: %1</source>
        <translation>Totals rows skipped: %1</translation>
    </message>
    <message>
        <source>Added to the ballot: %1. %2</source>
        <translation>Added to the ballot: %1. %2</translation>
    </message>
    <message>
        <source>Columns kept as text (they map to nothing): %1</source>
        <translation>Columns kept as text (they map to nothing): %1</translation>
    </message>
    <message>
        <source>The rejected rows and the reasons are in %1</source>
        <translation>The rejected rows and the reasons are in %1</translation>
    </message>
    <message numerus="yes">
        <source>New territory: %Ln region(s)</source>
        <translation>
            <numerusform>New territory: %Ln region</numerusform>
            <numerusform>New territory: %Ln regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln TIK(s)</source>
        <translation>
            <numerusform>%Ln TIK</numerusform>
            <numerusform>%Ln TIKs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln precinct(s)</source>
        <translation>
            <numerusform>%Ln precinct</numerusform>
            <numerusform>%Ln precincts</numerusform>
        </translation>
    </message>
    <message>
        <source>Units counted by a TIK itself (rows with a TIK and no precinct): %1</source>
        <translation>Units counted by a TIK itself (rows with a TIK and no precinct): %1</translation>
    </message>
    <message>
        <source>Of these, TIK subtotal rows (a TIK and no precinct, counts equal to the sum of the TIK&apos;s precincts): %1</source>
        <translation>Of these, TIK subtotal rows (a TIK and no precinct, counts equal to the sum of the TIK&apos;s precincts): %1</translation>
    </message>
    <message>
        <source>No region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK).</source>
        <translation>No region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK).</translation>
    </message>
    <message>
        <source>No region column: the TIKs and precincts are in the region %1, as chosen.</source>
        <translation>No region column: the TIKs and precincts are in the region %1, as chosen.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>figures are imported per precinct, TIK or region, not for the whole country</source>
        <translation>figures are imported per precinct, TIK or region, not for the whole country</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1: the mapping has %2 columns, the file %3</source>
        <translation>%1: the mapping has %2 columns, the file %3</translation>
    </message>
    <message>
        <source>the region (region, регион, область)</source>
        <translation>the region (region, регион, область)</translation>
    </message>
    <message>
        <source>the TIK (tik, ТИК, район)</source>
        <translation>the TIK (tik, ТИК, район)</translation>
    </message>
    <message>
        <source>the precinct number (uik, УИК, участок)</source>
        <translation>the precinct number (uik, УИК, участок)</translation>
    </message>
    <message>
        <source>%1: no column gives %2; name it in the header or in a mapping file</source>
        <translation>%1: no column gives %2; name it in the header or in a mapping file</translation>
    </message>
    <message>
        <source>%1, column %2 &quot;%3&quot;</source>
        <translation>%1, column %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 maps to nothing (--strict); map it or drop --strict to keep it as text</source>
        <translation>%1 maps to nothing (--strict); map it or drop --strict to keep it as text</translation>
    </message>
    <message>
        <source>%1 and column %2 both map to %3</source>
        <translation>%1 and column %2 both map to %3</translation>
    </message>
    <message>
        <source>%1 maps to line %2, which the form %3 does not have</source>
        <translation>%1 maps to line %2, which the form %3 does not have</translation>
    </message>
    <message>
        <source>%1: no column maps to a line of the form or a party</source>
        <translation>%1: no column maps to a line of the form or a party</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>import of %1</translation>
    </message>
    <message>
        <source>%1: %2 appears twice (first on line %3)</source>
        <translation>%1: %2 appears twice (first on line %3)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the header has a control character (%4)</source>
        <translation>%1, line %2, column %3: the header has a control character (%4)</translation>
    </message>
    <message>
        <source>a precinct list has a precinct on every row; it cannot be read at another level</source>
        <translation>a precinct list has a precinct on every row; it cannot be read at another level</translation>
    </message>
    <message>
        <source>%1: no precinct number; every row of a precinct list needs one</source>
        <translation>%1: no precinct number; every row of a precinct list needs one</translation>
    </message>
    <message>
        <source>Dry run, nothing stored: a precinct list of %1 rows</source>
        <translation>Dry run, nothing stored: a precinct list of %1 rows</translation>
    </message>
    <message>
        <source>Imported a precinct list of %1 rows</source>
        <translation>Imported a precinct list of %1 rows</translation>
    </message>
    <message>
        <source>  regions: %1 created, %2 unchanged</source>
        <translation>  regions: %1 created, %2 unchanged</translation>
    </message>
    <message>
        <source>  TIKs: %1 created, %2 unchanged</source>
        <translation>  TIKs: %1 created, %2 unchanged</translation>
    </message>
    <message>
        <source>  precincts: %1 created, %2 with a new address, %3 unchanged</source>
        <translation>  precincts: %1 created, %2 with a new address, %3 unchanged</translation>
    </message>
    <message>
        <source>  column ignored (a precinct list keeps territory and addresses only): %1</source>
        <translation>  column ignored (a precinct list keeps territory and addresses only): %1</translation>
    </message>
    <message>
        <source>  rejected rows: %1</source>
        <translation>  rejected rows: %1</translation>
    </message>
    <message>
        <source>  column %1 &quot;%2&quot;</source>
        <translation>  column %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a protocol line gets &quot;target&quot;: &quot;line:KEY&quot; in a mapping file, KEY being its number on the form %1</source>
        <translation>a protocol line gets &quot;target&quot;: &quot;line:KEY&quot; in a mapping file, KEY being its number on the form %1</translation>
    </message>
    <message>
        <source>a party or candidate on the ballot of %1 (%2) gets &quot;target&quot;: &quot;party:N&quot; in a mapping file; --ballot-from-file adds a column to the ballot as a new entry, so it is only for entries the ballot lacks (a file of another election belongs in a contest with that election&apos;s ballot)</source>
        <translation>a party or candidate on the ballot of %1 (%2) gets &quot;target&quot;: &quot;party:N&quot; in a mapping file; --ballot-from-file adds a column to the ballot as a new entry, so it is only for entries the ballot lacks (a file of another election belongs in a contest with that election&apos;s ballot)</translation>
    </message>
    <message>
        <source>candidates or parties are taken as the ballot with --ballot-from-file</source>
        <translation>candidates or parties are taken as the ballot with --ballot-from-file</translation>
    </message>
    <message>
        <source>&quot;target&quot;: &quot;extra&quot; in a mapping file keeps a column as text on purpose</source>
        <translation>&quot;target&quot;: &quot;extra&quot; in a mapping file keeps a column as text on purpose</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s) hold counts but map to nothing, so their votes would be lost:</source>
        <translation>
            <numerusform>%1: %n column holds counts but maps to nothing, so its votes would be lost:</numerusform>
            <numerusform>%1: %n columns hold counts but map to nothing, so their votes would be lost:</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix (a mapping file is given with --mapping M.json): %1.</source>
        <translation>To fix (a mapping file is given with --mapping M.json): %1.</translation>
    </message>
    <message>
        <source>%1: &quot;target&quot;: &quot;party:%2&quot; is %3 on the ballot, but &quot;party&quot; names %4</source>
        <translation>%1: &quot;target&quot;: &quot;party:%2&quot; is %3 on the ballot, but &quot;party&quot; names %4</translation>
    </message>
    <message>
        <source>%1: the column mapping saved in the campaign for files of this shape puts votes on parties other than the ones it names:</source>
        <translation>%1: the column mapping saved in the campaign for files of this shape puts votes on parties other than the ones it names:</translation>
    </message>
    <message>
        <source>%1: the column mapping puts votes on parties other than the ones it names:</source>
        <translation>%1: the column mapping puts votes on parties other than the ones it names:</translation>
    </message>
    <message>
        <source>Correct &quot;target&quot; or &quot;party&quot; in a mapping file (--mapping M.json); the ballot of %1: %2.</source>
        <translation>Correct &quot;target&quot; or &quot;party&quot; in a mapping file (--mapping M.json); the ballot of %1: %2.</translation>
    </message>
    <message>
        <source>%1 (party %2)</source>
        <translation>%1 (party %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s) are parties not on the ballot of %2:</source>
        <translation>
            <numerusform>%1: %n column is a party not on the ballot of %2:</numerusform>
            <numerusform>%1: %n columns are parties not on the ballot of %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix: use --ballot-from-file to take the ballot from the file.</source>
        <translation>To fix: use --ballot-from-file to take the ballot from the file.</translation>
    </message>
    <message>
        <source>To fix: a party the ballot has under another name or number gets &quot;target&quot;: &quot;party:N&quot; in a mapping file (--mapping M.json), N from the ballot (%1); --ballot-from-file adds parties the ballot lacks.</source>
        <translation>To fix: a party the ballot has under another name or number gets &quot;target&quot;: &quot;party:N&quot; in a mapping file (--mapping M.json), N from the ballot (%1); --ballot-from-file adds parties the ballot lacks.</translation>
    </message>
    <message>
        <source> (columns kept as text: %1)</source>
        <translation> (columns kept as text: %1)</translation>
    </message>
    <message>
        <source>Warning: the control relation %1 fails on every one of the %2 rows it could be checked on; the columns are probably mapped to the wrong lines or parties (check with --dry-run --show-mapping)</source>
        <translation>Warning: the control relation %1 fails on every one of the %2 rows it could be checked on; the columns are probably mapped to the wrong lines or parties (check with --dry-run --show-mapping)</translation>
    </message>
    <message>
        <source>  no region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK)</source>
        <translation>  no region column: the TIKs and precincts are at the top of the territory tree, in no region (TIKs of one name are one TIK)</translation>
    </message>
    <message>
        <source>%1: --region is for a file without a region column, and this one has one (%2)</source>
        <translation>%1: --region is for a file without a region column, and this one has one (%2)</translation>
    </message>
    <message>
        <source>%1: the campaign has no region &quot;%2&quot; (--region names one of its regions, as the navigator shows it or in another of its languages)</source>
        <translation>%1: the campaign has no region &quot;%2&quot; (--region names one of its regions, as the navigator shows it or in another of its languages)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no column gives the region, and the campaign has %n region(s): the file&apos;s TIKs and precincts would be placed beside them, in no region. Name the region column in the header (Регион, Субъект РФ, Облыс, Region) or in a mapping file (--mapping M.json, &quot;target&quot;: &quot;region&quot;), or add such a column to the file; saylau import --region NAME places a file of one region&apos;s TIKs in it</source>
        <translation>
            <numerusform>%1: no column gives the region, and the campaign has %n region: the file&apos;s TIKs and precincts would be placed beside it, in no region. Name the region column in the header (Регион, Субъект РФ, Облыс, Region) or in a mapping file (--mapping M.json, &quot;target&quot;: &quot;region&quot;), or add such a column to the file; saylau import --region NAME places a file of one region&apos;s TIKs in it</numerusform>
            <numerusform>%1: no column gives the region, and the campaign has %n regions: the file&apos;s TIKs and precincts would be placed beside them, in no region. Name the region column in the header (Регион, Субъект РФ, Облыс, Region) or in a mapping file (--mapping M.json, &quot;target&quot;: &quot;region&quot;), or add such a column to the file; saylau import --region NAME places a file of one region&apos;s TIKs in it</numerusform>
        </translation>
    </message>
    <message>
        <source>. The row after the header reads like the header itself: the first row seems to hold titles over groups of columns; delete it and import again</source>
        <translation>. The row after the header reads like the header itself: the first row seems to hold titles over groups of columns; delete it and import again</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n columns name precincts or TIKs (%2): the table seems to have one precinct or TIK per column and the protocol&apos;s lines as rows. A file has one precinct per row: transpose the table (in a spreadsheet: copy it, then Paste Special, Transpose) and import again</source>
        <translation>
            <numerusform>%1: %n column names precincts or TIKs (%2): the table seems to have one precinct or TIK per column and the protocol&apos;s lines as rows. A file has one precinct per row: transpose the table (in a spreadsheet: copy it, then Paste Special, Transpose) and import again</numerusform>
            <numerusform>%1: %n columns name precincts or TIKs (%2): the table seems to have one precinct or TIK per column and the protocol&apos;s lines as rows. A file has one precinct per row: transpose the table (in a spreadsheet: copy it, then Paste Special, Transpose) and import again</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this TIK&apos;s row without a precinct is not imported: with the TIK&apos;s row on line %2 rejected, it cannot be told from the TIK&apos;s subtotal; correct that row and import the whole file again</source>
        <translation>%1: this TIK&apos;s row without a precinct is not imported: with the TIK&apos;s row on line %2 rejected, it cannot be told from the TIK&apos;s subtotal; correct that row and import the whole file again</translation>
    </message>
    <message>
        <source>%1: %2 is outside the regions of office %3&apos;s kit (%4): headquarters would set it aside; import it at headquarters, or at the office whose kit holds that region</source>
        <translation>%1: %2 is outside the regions of office %3&apos;s kit (%4): headquarters would set it aside; import it at headquarters, or at the office whose kit holds that region</translation>
    </message>
    <message>
        <source>a row in no region</source>
        <translation>a row in no region</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new campaign file from a preset</source>
        <translation>Create a new campaign file from a preset</translation>
    </message>
    <message>
        <source>Campaign preset (see saylau presets).</source>
        <translation>Campaign preset (see saylau presets).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Created %1 from preset %2 (%3)</source>
        <translation>Created %1 from preset %2 (%3)</translation>
    </message>
    <message>
        <source>The campaign file to create.</source>
        <translation>The campaign file to create.</translation>
    </message>
    <message>
        <source>The election&apos;s name, for an election the preset does not describe.</source>
        <translation>The election&apos;s name, for an election the preset does not describe.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The election&apos;s date, for an election the preset does not describe.</source>
        <translation>The election&apos;s date, for an election the preset does not describe.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Start with empty ballots: the first import with --ballot-from-file fills them.</source>
        <translation>Start with empty ballots: the first import with --ballot-from-file fills them.</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name must not be empty</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Election: %1, %2; ballots: %3</source>
        <translation>Election: %1, %2; ballots: %3</translation>
    </message>
    <message>
        <source>empty, for the first import with --ballot-from-file</source>
        <translation>empty, for the first import with --ballot-from-file</translation>
    </message>
    <message>
        <source>the preset&apos;s</source>
        <translation>the preset&apos;s</translation>
    </message>
</context>
<context>
    <name>InitServerCommand</name>
    <message>
        <source>Create a campaign on a PostgreSQL server with the roles operator, coordinator and analyst</source>
        <translation>Create a campaign on a PostgreSQL server with the roles operator, coordinator and analyst</translation>
    </message>
    <message>
        <source>postgresql://owner@host:port/database, an empty database the owner owns; without --preset or --from the campaign already there gets its roles.</source>
        <translation>postgresql://owner@host:port/database, an empty database the owner owns; without --preset or --from the campaign already there gets its roles.</translation>
    </message>
    <message>
        <source>Start from a campaign preset (see saylau presets).</source>
        <translation>Start from a campaign preset (see saylau presets).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start from a copy of a campaign file.</source>
        <translation>Start from a copy of a campaign file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1 is no server address (postgresql://owner@host:port/database)</source>
        <translation>%1 is no server address (postgresql://owner@host:port/database)</translation>
    </message>
    <message>
        <source>give --preset or --from, not both</source>
        <translation>give --preset or --from, not both</translation>
    </message>
    <message>
        <source>Created %1 from preset %2 (%3)</source>
        <translation>Created %1 from preset %2 (%3)</translation>
    </message>
    <message>
        <source>Copied %1 to %2, verified</source>
        <translation>Copied %1 to %2, verified</translation>
    </message>
    <message>
        <source>Roles on %1: %2 (read only), %3 (enter and save protocols), %4 (also imports, territory, resolving). Give each person a login in one of them, e.g. CREATE ROLE aigerim LOGIN IN ROLE %3; passwords go in the server (and the person&apos;s ~/.pgpass), never in SaylauDesk.</source>
        <translation>Roles on %1: %2 (read only), %3 (enter and save protocols), %4 (also imports, territory, resolving). Give each person a login in one of them, e.g. CREATE ROLE aigerim LOGIN IN ROLE %3; passwords go in the server (and the person&apos;s ~/.pgpass), never in SaylauDesk.</translation>
    </message>
</context>
<context>
    <name>IntegerPercentTest</name>
    <message>
        <source>the Monte Carlo needs at least 2 draws, not %1</source>
        <translation>the Monte Carlo needs at least 2 draws, not %1</translation>
    </message>
    <message>
        <source>All precincts</source>
        <translation>All precincts</translation>
    </message>
</context>
<context>
    <name>KitCommand</name>
    <message>
        <source>Issue an office&apos;s campaign file with its own signing key (headquarters keeps its public key)</source>
        <translation>Issue an office&apos;s campaign file with its own signing key (headquarters keeps its public key)</translation>
    </message>
    <message>
        <source>The office&apos;s name.</source>
        <translation>The office&apos;s name.</translation>
    </message>
    <message>
        <source>A region (by code) the office may change; repeat for several. Default: all.</source>
        <translation>A region (by code) the office may change; repeat for several. Default: all.</translation>
    </message>
    <message>
        <source>The office&apos;s new campaign file.</source>
        <translation>The office&apos;s new campaign file.</translation>
    </message>
    <message>
        <source>Kit for office %1 written to %2</source>
        <translation>Kit for office %1 written to %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>LinearExpression</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unexpected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation>a closing parenthesis is missing</translation>
    </message>
    <message>
        <source>the formula ends where a line number is expected</source>
        <translation>the formula ends where a line number is expected</translation>
    </message>
    <message>
        <source>only sum(parties) is known</source>
        <translation>only sum(parties) is known</translation>
    </message>
    <message>
        <source>the form has no line %1</source>
        <translation>the form has no line %1</translation>
    </message>
    <message>
        <source>formula &quot;%1&quot;, at character %2: %3</source>
        <translation>formula &quot;%1&quot;, at character %2: %3</translation>
    </message>
</context>
<context>
    <name>MeasureSolver</name>
    <message>
        <source>form %1 does not define the measure &quot;%2&quot;</source>
        <translation>form %1 does not define the measure &quot;%2&quot;</translation>
    </message>
    <message>
        <source>form %1: line %2 cannot be derived from the figures given</source>
        <translation>form %1: line %2 cannot be derived from the figures given</translation>
    </message>
    <message>
        <source>form %1: the measure &quot;%2&quot; cannot be %3 together with the other figures given</source>
        <translation>form %1: the measure &quot;%2&quot; cannot be %3 together with the other figures given</translation>
    </message>
    <message>
        <source>form %1: the figures given break the relation %2 (%3 against %4)</source>
        <translation>form %1: the figures given break the relation %2 (%3 against %4)</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge signed exchange packages into a campaign (exit 1 when conflicts were kept)</source>
        <translation>Merge signed exchange packages into a campaign (exit 1 when conflicts were kept)</translation>
    </message>
    <message>
        <source>  set aside: %1</source>
        <translation>  set aside: %1</translation>
    </message>
    <message>
        <source>The packages to merge, all in one transaction.</source>
        <translation>The packages to merge, all in one transaction.</translation>
    </message>
    <message>
        <source>%1 from %2: %3 new, %4 updated, %5 unchanged, %6 conflicts; %7 photos, %8 history rows, %9 new territory nodes, %10 territory changes</source>
        <translation>%1 from %2: %3 new, %4 updated, %5 unchanged, %6 conflicts; %7 photos, %8 history rows, %9 new territory nodes, %10 territory changes</translation>
    </message>
    <message>
        <source>  kept, though deleted elsewhere (protocols or photos lie there): %1</source>
        <translation>  kept, though deleted elsewhere (protocols or photos lie there): %1</translation>
    </message>
</context>
<context>
    <name>MergedProtocolWriter</name>
    <message>
        <source>reading a protocol to merge</source>
        <translation>reading a protocol to merge</translation>
    </message>
    <message>
        <source>writing a merged protocol</source>
        <translation>writing a merged protocol</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>cannot start the schema upgrade: %1</translation>
    </message>
    <message>
        <source>schema step %1 (%2) failed: %3</source>
        <translation>schema step %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>cannot commit schema step %1: %2</source>
        <translation>cannot commit schema step %1: %2</translation>
    </message>
    <message>
        <source>reading %1.%2</source>
        <translation>reading %1.%2</translation>
    </message>
    <message>
        <source>rewriting %1.%2</source>
        <translation>rewriting %1.%2</translation>
    </message>
</context>
<context>
    <name>ObserverCopyGenerator</name>
    <message>
        <source>generated from the official figures</source>
        <translation>generated from the official figures</translation>
    </message>
</context>
<context>
    <name>OfficeKit</name>
    <message>
        <source>an office needs a name (--office NAME)</source>
        <translation>an office needs a name (--office NAME)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the kit</source>
        <translation>%1 already exists; choose another name for the kit</translation>
    </message>
    <message>
        <source>checking the regions</source>
        <translation>checking the regions</translation>
    </message>
    <message>
        <source>%1 has no region with the code %2</source>
        <translation>%1 has no region with the code %2</translation>
    </message>
    <message>
        <source>%1 has issued a kit to an office named %2 already</source>
        <translation>%1 has issued a kit to an office named %2 already</translation>
    </message>
    <message>
        <source>cannot write beside %1: %2</source>
        <translation>cannot write beside %1: %2</translation>
    </message>
    <message>
        <source>cannot put the kit at %1</source>
        <translation>cannot put the kit at %1</translation>
    </message>
    <message>
        <source>leaving out the other regions</source>
        <translation>leaving out the other regions</translation>
    </message>
    <message>
        <source>preparing the office&apos;s file</source>
        <translation>preparing the office&apos;s file</translation>
    </message>
</context>
<context>
    <name>OnlineBackup</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a campaign: %2</source>
        <translation>%1 is damaged or not a campaign: %2</translation>
    </message>
    <message>
        <source>%1 is not a SaylauDesk campaign</source>
        <translation>%1 is not a SaylauDesk campaign</translation>
    </message>
    <message>
        <source>%1 was written by a newer SaylauDesk</source>
        <translation>%1 was written by a newer SaylauDesk</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 already exists; choose a new file</translation>
    </message>
    <message>
        <source>cannot copy into %1: %2</source>
        <translation>cannot copy into %1: %2</translation>
    </message>
    <message>
        <source>copying into %1 failed: %2</source>
        <translation>copying into %1 failed: %2</translation>
    </message>
    <message>
        <source>cannot make %1 a single file</source>
        <translation>cannot make %1 a single file</translation>
    </message>
    <message>
        <source>the copy %1 fails its integrity check: %2</source>
        <translation>the copy %1 fails its integrity check: %2</translation>
    </message>
    <message>
        <source>cannot name the copy %1</source>
        <translation>cannot name the copy %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Precincts with protocols</source>
        <translation>Precincts with protocols</translation>
    </message>
    <message>
        <source>Voters on the list</source>
        <translation>Voters on the list</translation>
    </message>
    <message>
        <source>Took part (turnout)</source>
        <translation>Took part (turnout)</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Valid ballots</translation>
    </message>
    <message>
        <source>Turnout: % of the voters on the list. Valid ballots: % of those who took part. Parties: % of %1, as in the summary report.</source>
        <translation>Turnout: % of the voters on the list. Valid ballots: % of those who took part. Parties: % of %1, as in the summary report.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Make a signed exchange package for headquarters or for an office</source>
        <translation>Make a signed exchange package for headquarters or for an office</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>The package file to write.</translation>
    </message>
    <message>
        <source>Everything, not only what the recipient has not confirmed having.</source>
        <translation>Everything, not only what the recipient has not confirmed having.</translation>
    </message>
    <message>
        <source>The office the package is for (headquarters must name one).</source>
        <translation>The office the package is for (headquarters must name one).</translation>
    </message>
    <message numerus="yes">
        <source>Package for %1: %n protocol revision(s)</source>
        <translation>
            <numerusform>Package for %1: %n protocol revision</numerusform>
            <numerusform>Package for %1: %n protocol revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history row(s)</source>
        <translation>
            <numerusform>%n history row</numerusform>
            <numerusform>%n history rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new territory node(s)</source>
        <translation>
            <numerusform>%n new territory node</numerusform>
            <numerusform>%n new territory nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message numerus="yes">
        <source>%n territory change(s)</source>
        <translation>
            <numerusform>%n territory change</numerusform>
            <numerusform>%n territory changes</numerusform>
        </translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>headquarters</translation>
    </message>
</context>
<context>
    <name>PackageLayout</name>
    <message>
        <source>creating the package</source>
        <translation>creating the package</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a package: %2</source>
        <translation>%1 cannot be opened as a package: %2</translation>
    </message>
</context>
<context>
    <name>PackageMerger</name>
    <message>
        <source>reading the package</source>
        <translation>reading the package</translation>
    </message>
    <message>
        <source>%1: made by %2, not by the office that sent it</source>
        <translation>%1: made by %2, not by the office that sent it</translation>
    </message>
    <message>
        <source>%1 is signed by an unknown key (%2): %3 issued no kit with it and has no such headquarters; nothing was merged</source>
        <translation>%1 is signed by an unknown key (%2): %3 issued no kit with it and has no such headquarters; nothing was merged</translation>
    </message>
    <message>
        <source>%1 has a bad signature: it was altered after %2 signed it; nothing was merged</source>
        <translation>%1 has a bad signature: it was altered after %2 signed it; nothing was merged</translation>
    </message>
    <message>
        <source>%1 is not a SaylauDesk package</source>
        <translation>%1 is not a SaylauDesk package</translation>
    </message>
    <message>
        <source>%1 was written by a newer SaylauDesk (package version %2); update the program</source>
        <translation>%1 was written by a newer SaylauDesk (package version %2); update the program</translation>
    </message>
    <message>
        <source>%1 belongs to another campaign (&quot;%2&quot;), not to %3; nothing was merged</source>
        <translation>%1 belongs to another campaign (&quot;%2&quot;), not to %3; nothing was merged</translation>
    </message>
    <message>
        <source>%1 says it comes from %2 but is signed with the key of %3</source>
        <translation>%1 says it comes from %2 but is signed with the key of %3</translation>
    </message>
    <message>
        <source>%1 is addressed to %2, not to %3 (%4)</source>
        <translation>%1 is addressed to %2, not to %3 (%4)</translation>
    </message>
    <message>
        <source>reading the package&apos;s territory</source>
        <translation>reading the package&apos;s territory</translation>
    </message>
    <message>
        <source>adding a precinct from a package</source>
        <translation>adding a precinct from a package</translation>
    </message>
    <message>
        <source>reading the campaign&apos;s protocols</source>
        <translation>reading the campaign&apos;s protocols</translation>
    </message>
    <message>
        <source>reading the package&apos;s protocols</source>
        <translation>reading the package&apos;s protocols</translation>
    </message>
    <message>
        <source>reading the package&apos;s photos</source>
        <translation>reading the package&apos;s photos</translation>
    </message>
    <message>
        <source>reading the campaign&apos;s photos</source>
        <translation>reading the campaign&apos;s photos</translation>
    </message>
    <message>
        <source>adding a photo from a package</source>
        <translation>adding a photo from a package</translation>
    </message>
    <message>
        <source>reading the package&apos;s history</source>
        <translation>reading the package&apos;s history</translation>
    </message>
    <message>
        <source>reading the protocol history</source>
        <translation>reading the protocol history</translation>
    </message>
    <message>
        <source>adding history from a package</source>
        <translation>adding history from a package</translation>
    </message>
    <message>
        <source>cannot make a private folder to check the packages in: %1</source>
        <translation>cannot make a private folder to check the packages in: %1</translation>
    </message>
    <message>
        <source>reading the package&apos;s territory changes</source>
        <translation>reading the package&apos;s territory changes</translation>
    </message>
    <message>
        <source>reading the territory history</source>
        <translation>reading the territory history</translation>
    </message>
    <message>
        <source>adding a territory change from a package</source>
        <translation>adding a territory change from a package</translation>
    </message>
    <message>
        <source>new region %1</source>
        <translation>new region %1</translation>
    </message>
    <message>
        <source>new district %1</source>
        <translation>new district %1</translation>
    </message>
    <message>
        <source>new precinct %1</source>
        <translation>new precinct %1</translation>
    </message>
    <message>
        <source>new territory node %1</source>
        <translation>new territory node %1</translation>
    </message>
    <message>
        <source>%1: under a node this campaign does not know</source>
        <translation>%1: under a node this campaign does not know</translation>
    </message>
    <message>
        <source>the renaming of a territory node</source>
        <translation>the renaming of a territory node</translation>
    </message>
    <message>
        <source>the moving of a territory node</source>
        <translation>the moving of a territory node</translation>
    </message>
    <message>
        <source>the deletion of a territory node</source>
        <translation>the deletion of a territory node</translation>
    </message>
    <message>
        <source>a change of a territory node</source>
        <translation>a change of a territory node</translation>
    </message>
    <message>
        <source>reading the territory</source>
        <translation>reading the territory</translation>
    </message>
    <message>
        <source>a place the package does not name</source>
        <translation>a place the package does not name</translation>
    </message>
    <message>
        <source>%1: in no region, and office %2 may change only its regions (%3)</source>
        <translation>%1: in no region, and office %2 may change only its regions (%3)</translation>
    </message>
    <message>
        <source>%1: in region %2, outside the regions of office %3 (%4)</source>
        <translation>%1: in region %2, outside the regions of office %3 (%4)</translation>
    </message>
    <message>
        <source>%1: at a place this campaign does not hold</source>
        <translation>%1: at a place this campaign does not hold</translation>
    </message>
    <message>
        <source>protocol %1/%2 at %3</source>
        <translation>protocol %1/%2 at %3</translation>
    </message>
    <message>
        <source>photo %1 at %2</source>
        <translation>photo %1 at %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>history of a protocol at %1</source>
        <translation>history of a protocol at %1</translation>
    </message>
    <message>
        <source>history of a protocol at %1 this campaign does not hold</source>
        <translation>history of a protocol at %1 this campaign does not hold</translation>
    </message>
</context>
<context>
    <name>PackageSeal</name>
    <message>
        <source>%1: cannot read the package: %2</source>
        <translation>%1: cannot read the package: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the signature: %2</source>
        <translation>%1: cannot write the signature: %2</translation>
    </message>
    <message>
        <source>%1 is not a SaylauDesk package (not an SQLite file, or its first bytes are damaged)</source>
        <translation>%1 is not a SaylauDesk package (not an SQLite file, or its first bytes are damaged)</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes of the %3 it was written with; ask for it again</source>
        <translation>%1 is truncated: %2 bytes of the %3 it was written with; ask for it again</translation>
    </message>
    <message>
        <source>%1: its signature names another length; it was altered after signing</source>
        <translation>%1: its signature names another length; it was altered after signing</translation>
    </message>
    <message>
        <source>%1 carries no SaylauDesk signature (its last bytes were altered, or it is a plain SQLite file)</source>
        <translation>%1 carries no SaylauDesk signature (its last bytes were altered, or it is a plain SQLite file)</translation>
    </message>
    <message>
        <source>%1: cannot copy the package aside to check it: %2</source>
        <translation>%1: cannot copy the package aside to check it: %2</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>%1 is headquarters: name the office the package is for (--for NAME)</source>
        <translation>%1 is headquarters: name the office the package is for (--for NAME)</translation>
    </message>
    <message>
        <source>%1 has joined no exchange: it is neither headquarters nor an office&apos;s kit</source>
        <translation>%1 has joined no exchange: it is neither headquarters nor an office&apos;s kit</translation>
    </message>
    <message>
        <source>%1 exchanges with no one named %2</source>
        <translation>%1 exchanges with no one named %2</translation>
    </message>
    <message>
        <source>%1: cannot create the package</source>
        <translation>%1: cannot create the package</translation>
    </message>
    <message>
        <source>creating the package</source>
        <translation>creating the package</translation>
    </message>
    <message>
        <source>writing the package</source>
        <translation>writing the package</translation>
    </message>
    <message>
        <source>reading protocol revisions</source>
        <translation>reading protocol revisions</translation>
    </message>
    <message>
        <source>reading protocol history</source>
        <translation>reading protocol history</translation>
    </message>
    <message>
        <source>reading photos</source>
        <translation>reading photos</translation>
    </message>
    <message>
        <source>reading territory changes</source>
        <translation>reading territory changes</translation>
    </message>
    <message>
        <source>reading territory</source>
        <translation>reading territory</translation>
    </message>
    <message>
        <source>reading the campaign failed: %1</source>
        <translation>reading the campaign failed: %1</translation>
    </message>
</context>
<context>
    <name>PostgresHandle</name>
    <message>
        <source>this works on a campaign on a server only</source>
        <translation>this works on a campaign on a server only</translation>
    </message>
    <message>
        <source>the connection to the server is not open</source>
        <translation>the connection to the server is not open</translation>
    </message>
</context>
<context>
    <name>PrecinctRegions</name>
    <message>
        <source>reading the territory</source>
        <translation>reading the territory</translation>
    </message>
    <message>
        <source>reading the territory failed: %1</source>
        <translation>reading the territory failed: %1</translation>
    </message>
</context>
<context>
    <name>PrecinctSampler</name>
    <message>
        <source>the campaign has no precincts to draw from: import the precinct list first</source>
        <translation>the campaign has no precincts to draw from: import the precinct list first</translation>
    </message>
    <message numerus="yes">
        <source>a sample of %1 precincts is more than the %n precinct(s) of the list</source>
        <translation>
            <numerusform>a sample of %1 precincts is more than the %n precinct of the list</numerusform>
            <numerusform>a sample of %1 precincts is more than the %n precincts of the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stratum/strata need at least 2 precincts each: choose a sample of at least %1 precincts, or no strata</source>
        <translation>
            <numerusform>%n stratum needs at least 2 precincts each: choose a sample of at least %1 precincts, or no strata</numerusform>
            <numerusform>%n strata need at least 2 precincts each: choose a sample of at least %1 precincts, or no strata</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetLibrary</name>
    <message>
        <source>no %1 preset &quot;%2&quot;</source>
        <translation>no %1 preset &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 at offset %3</source>
        <translation>%1: %2 at offset %3</translation>
    </message>
    <message>
        <source>campaign preset %1 names no form or no contest</source>
        <translation>campaign preset %1 names no form or no contest</translation>
    </message>
    <message>
        <source>ballot preset %1: an entry lacks its position or name</source>
        <translation>ballot preset %1: an entry lacks its position or name</translation>
    </message>
    <message>
        <source>territory preset %1: a region lacks its code or name</source>
        <translation>territory preset %1: a region lacks its code or name</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>List the campaign presets that init can start from</source>
        <translation>List the campaign presets that init can start from</translation>
    </message>
</context>
<context>
    <name>ProtocolForm</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing or empty</source>
        <translation>%1: the field &quot;%2&quot; is missing or empty</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names no known measure: %3</source>
        <translation>%1: &quot;%2&quot; names no known measure: %3</translation>
    </message>
    <message>
        <source>protocol form</source>
        <translation>protocol form</translation>
    </message>
    <message>
        <source>protocol form %1</source>
        <translation>protocol form %1</translation>
    </message>
    <message>
        <source>%1: the form has no lines</source>
        <translation>%1: the form has no lines</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1: line %2 appears twice</source>
        <translation>%1: line %2 appears twice</translation>
    </message>
    <message>
        <source>%1, relation</source>
        <translation>%1, relation</translation>
    </message>
    <message>
        <source>%1, relation %2: severity must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>%1, relation %2: severity must be &quot;error&quot; or &quot;warning&quot;</translation>
    </message>
    <message>
        <source>%1: unknown measure &quot;%2&quot;</source>
        <translation>%1: unknown measure &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the measure &quot;%2&quot; must be defined</source>
        <translation>%1: the measure &quot;%2&quot; must be defined</translation>
    </message>
</context>
<context>
    <name>ProtocolMerge</name>
    <message>
        <source>line %1 (%2)</source>
        <translation>line %1 (%2)</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <source>observer&apos;s contact</source>
        <translation>observer&apos;s contact</translation>
    </message>
    <message>
        <source>received at</source>
        <translation>received at</translation>
    </message>
    <message>
        <source>received how</source>
        <translation>received how</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>remarks</translation>
    </message>
</context>
<context>
    <name>ProtocolWriter</name>
    <message>
        <source>reading the stored protocol</source>
        <translation>reading the stored protocol</translation>
    </message>
    <message>
        <source>saving the protocol</source>
        <translation>saving the protocol</translation>
    </message>
    <message>
        <source>saving the protocol: the stored revision changed during the save</source>
        <translation>saving the protocol: the stored revision changed during the save</translation>
    </message>
    <message>
        <source>saving the protocol returned no id</source>
        <translation>saving the protocol returned no id</translation>
    </message>
    <message>
        <source>confirming the protocol</source>
        <translation>confirming the protocol</translation>
    </message>
</context>
<context>
    <name>PublishedResult</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of &quot;%3&quot; is not a count</source>
        <translation>%1: &quot;%2&quot; of &quot;%3&quot; is not a count</translation>
    </message>
    <message>
        <source>%1: a published result needs &quot;contest&quot; and &quot;parties&quot;</source>
        <translation>%1: a published result needs &quot;contest&quot; and &quot;parties&quot;</translation>
    </message>
    <message>
        <source>%1: the campaign has no territory &quot;%2&quot;</source>
        <translation>%1: the campaign has no territory &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the form %2 has no single line for &quot;%3&quot;</source>
        <translation>%1: the form %2 has no single line for &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: unknown measure &quot;%2&quot;</source>
        <translation>%1: unknown measure &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no party &quot;%2&quot; on the ballot of %3</source>
        <translation>%1: no party &quot;%2&quot; on the ballot of %3</translation>
    </message>
    <message>
        <source>%1: fewer ballots cast than votes for the parties</source>
        <translation>%1: fewer ballots cast than votes for the parties</translation>
    </message>
    <message>
        <source>published result</source>
        <translation>published result</translation>
    </message>
    <message>
        <source>Spoiled ballots: ballots cast less the votes for the parties.</source>
        <translation>Spoiled ballots: ballots cast less the votes for the parties.</translation>
    </message>
</context>
<context>
    <name>RelationBreaks</name>
    <message>
        <source>%1 (%2 against %3)</source>
        <translation>%1 (%2 against %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the figures break the control relation(s) %2, and nobody confirmed them so; nothing was saved</source>
        <translation>
            <numerusform>%1: the figures break the control relation %2, and nobody confirmed them so; nothing was saved</numerusform>
            <numerusform>%1: the figures break the control relations %2, and nobody confirmed them so; nothing was saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationExplanation</name>
    <message>
        <source>line %1: not checked yet, a line is empty</source>
        <translation>line %1: not checked yet, a line is empty</translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4</source>
        <translation>line %1: %2 %3 %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2, short by %3</source>
        <translation>line %1: %2, short by %3</translation>
    </message>
    <message>
        <source>line %1: %2, over by %3</source>
        <translation>line %1: %2, over by %3</translation>
    </message>
    <message>
        <source>Σ parties</source>
        <translation>Σ parties</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Print a contest&apos;s summary table: precincts, voters, turnout, unused ballots, shares</source>
        <translation>Print a contest&apos;s summary table: precincts, voters, turnout, unused ballots, shares</translation>
    </message>
    <message>
        <source>One row per region, tik or uik as well.</source>
        <translation>One row per region, tik or uik as well.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>Decimals of percentages (0-4).</source>
        <translation>Decimals of percentages (0-4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Round shares so that each column adds up to exactly 100%.</source>
        <translation>Round shares so that each column adds up to exactly 100%.</translation>
    </message>
    <message>
        <source>Write the report to a file instead: .pdf (tables and charts), .xlsx or .csv.</source>
        <translation>Write the report to a file instead: .pdf (tables and charts), .xlsx or .csv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>--precision must be a number from 0 to 4</source>
        <translation>--precision must be a number from 0 to 4</translation>
    </message>
    <message>
        <source>--out must name a .pdf, .xlsx or .csv file</source>
        <translation>--out must name a .pdf, .xlsx or .csv file</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>observer, official or both; by default the sources the contest has.</source>
        <translation>observer, official or both; by default the sources the contest has.</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>a PDF report</translation>
    </message>
    <message>
        <source>Add the Forensics page (integer-percentage test, excess-votes estimate; as saylau forensics with its defaults) to the text, PDF or XLSX report.</source>
        <translation>Add the Forensics page (integer-percentage test, excess-votes estimate; as saylau forensics with its defaults) to the text, PDF or XLSX report.</translation>
    </message>
    <message>
        <source>--forensics adds a page to the text, PDF or XLSX report; for CSV or JSON run saylau forensics</source>
        <translation>--forensics adds a page to the text, PDF or XLSX report; for CSV or JSON run saylau forensics</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: choose a .pdf, .xlsx or .csv file</source>
        <translation>%1: choose a .pdf, .xlsx or .csv file</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Where the figures come from</source>
        <translation>Where the figures come from</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>By territory</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>Forensics</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>, %n verified by a second entry</source>
        <translation>
            <numerusform>, %n verified by a second entry</numerusform>
            <numerusform>, %n verified by a second entry</numerusform>
        </translation>
    </message>
    <message>
        <source>, received from %1 to %2</source>
        <translation>, received from %1 to %2</translation>
    </message>
    <message>
        <source>, last changed %1</source>
        <translation>, last changed %1</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of files into this contest.</source>
        <translation>
            <numerusform>%n import of files into this contest.</numerusform>
            <numerusform>%n imports of files into this contest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign file: %1. Report made %2.</source>
        <translation>Campaign file: %1. Report made %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln protocol(s)</source>
        <translation>
            <numerusform>%1: %Ln protocol</numerusform>
            <numerusform>%1: %Ln protocols</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore a backup into a new campaign file</source>
        <translation>Restore a backup into a new campaign file</translation>
    </message>
    <message>
        <source>The new campaign file (must not exist).</source>
        <translation>The new campaign file (must not exist).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>The backup to restore.</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>%1, line %2, column %3 &quot;%4&quot;</source>
        <translation>%1, line %2, column %3 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: the row has %3 fields, the header has %4</source>
        <translation>%1, line %2: the row has %3 fields, the header has %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3</source>
        <translation>%1: &quot;%2&quot; is %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1: the cell is empty; every row needs it (or, for votes a TIK counted itself, the TIK&apos;s)</source>
        <translation>%1: the cell is empty; every row needs it (or, for votes a TIK counted itself, the TIK&apos;s)</translation>
    </message>
    <message>
        <source>%1: the name has a control character (%2) at byte %3; names may not hold NULs, line breaks or other control characters</source>
        <translation>%1: the name has a control character (%2) at byte %3; names may not hold NULs, line breaks or other control characters</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>%1, line %2: columns %3 &quot;%4&quot; and %5 &quot;%6&quot; have the same header but different counts (%7 and %8); remove one of them or correct the file</source>
        <translation>%1, line %2: columns %3 &quot;%4&quot; and %5 &quot;%6&quot; have the same header but different counts (%7 and %8); remove one of them or correct the file</translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>Draw a random sample of precincts for observers, or size one for a margin of error</source>
        <translation>Draw a random sample of precincts for observers, or size one for a margin of error</translation>
    </message>
    <message>
        <source>Precincts to draw.</source>
        <translation>Precincts to draw.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Strata: region or none.</source>
        <translation>Strata: region or none.</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Stratum sizes proportional to voters, or equal.</source>
        <translation>Stratum sizes proportional to voters, or equal.</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>Seed of the generator (a whole number); a new one when left out.</source>
        <translation>Seed of the generator (a whole number); a new one when left out.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>Write the deployment list to this CSV file.</source>
        <translation>Write the deployment list to this CSV file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Target margin of error of the leader&apos;s share, in percentage points at 95%: print the precincts it needs.</source>
        <translation>Target margin of error of the leader&apos;s share, in percentage points at 95%: print the precincts it needs.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Intra-precinct correlation assumed when there are no official figures.</source>
        <translation>Intra-precinct correlation assumed when there are no official figures.</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>rho</translation>
    </message>
    <message>
        <source>--icc must be a number from 0 to 1</source>
        <translation>--icc must be a number from 0 to 1</translation>
    </message>
    <message>
        <source>give --size to draw a sample, or --margin to size one</source>
        <translation>give --size to draw a sample, or --margin to size one</translation>
    </message>
    <message>
        <source>--margin must be a number of percentage points, more than 0 and less than 50</source>
        <translation>--margin must be a number of percentage points, more than 0 and less than 50</translation>
    </message>
    <message>
        <source>--size must be a whole number of precincts, at least 1</source>
        <translation>--size must be a whole number of precincts, at least 1</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615</source>
        <translation>--seed must be a whole number from 0 to 18446744073709551615</translation>
    </message>
    <message numerus="yes">
        <source>Even all %n precinct(s) give a margin of ±%1 points.</source>
        <translation>
            <numerusform>Even all %n precinct gives a margin of ±%1 points.</numerusform>
            <numerusform>Even all %n precincts give a margin of ±%1 points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s) for a margin of error of ±%1 points (expected: ±%2).</source>
        <translation>
            <numerusform>%n precinct for a margin of error of ±%1 points (expected: ±%2).</numerusform>
            <numerusform>%n precincts for a margin of error of ±%1 points (expected: ±%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the deployment list to %1</source>
        <translation>Wrote the deployment list to %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Voters</translation>
    </message>
</context>
<context>
    <name>SampleDeploymentList</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>SampleDrawing</name>
    <message numerus="yes">
        <source>Drew %1 of %n precinct(s) (seed %2).</source>
        <translation>
            <numerusform>Drew %1 of %n precinct (seed %2).</numerusform>
            <numerusform>Drew %1 of %n precincts (seed %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stratified by region, %n stratum/strata</source>
        <translation>
            <numerusform>Stratified by region, %n stratum</numerusform>
            <numerusform>Stratified by region, %n strata</numerusform>
        </translation>
    </message>
    <message>
        <source>No strata</source>
        <translation>No strata</translation>
    </message>
    <message>
        <source>the same number of precincts per stratum</source>
        <translation>the same number of precincts per stratum</translation>
    </message>
    <message>
        <source>sizes proportional to %1, at least 2 per stratum</source>
        <translation>sizes proportional to %1, at least 2 per stratum</translation>
    </message>
    <message>
        <source>%1; %2; simple random sampling without replacement in each stratum.</source>
        <translation>%1; %2; simple random sampling without replacement in each stratum.</translation>
    </message>
    <message>
        <source>Generator: %1.</source>
        <translation>Generator: %1.</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>precincts</source>
        <translation>precincts</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>voters</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>inclusion probability</source>
        <translation>inclusion probability</translation>
    </message>
    <message>
        <source>Expected margin of error: ±%1 points. %2</source>
        <translation>Expected margin of error: ±%1 points. %2</translation>
    </message>
    <message>
        <source>Stored in the campaign, replacing any earlier sample of this contest. The same seed draws the same precincts again.</source>
        <translation>Stored in the campaign, replacing any earlier sample of this contest. The same seed draws the same precincts again.</translation>
    </message>
</context>
<context>
    <name>SampleEstimate</name>
    <message>
        <source>Turnout</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The observers&apos; copies do not come from a random sample of precincts: they were brought from wherever observers could go, so no margin of error can be given for them. Below: what they cover.</source>
        <translation>The observers&apos; copies do not come from a random sample of precincts: they were brought from wherever observers could go, so no margin of error can be given for them. Below: what they cover.</translation>
    </message>
    <message numerus="yes">
        <source>Estimates from a random sample of %Ln precinct(s) drawn before election day (seed %1); %2 of them reported. Intervals: 95%.</source>
        <translation>
            <numerusform>Estimates from a random sample of %Ln precinct drawn before election day (seed %1); %2 of them reported. Intervals: 95%.</numerusform>
            <numerusform>Estimates from a random sample of %Ln precincts drawn before election day (seed %1); %2 of them reported. Intervals: 95%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stratified by region (%n strata)</source>
        <translation>
            <numerusform>stratified by region (%n stratum)</numerusform>
            <numerusform>stratified by region (%n strata)</numerusform>
        </translation>
    </message>
    <message>
        <source>without strata</source>
        <translation>without strata</translation>
    </message>
    <message>
        <source>the same number of precincts in each stratum</source>
        <translation>the same number of precincts in each stratum</translation>
    </message>
    <message>
        <source>stratum sizes proportional to %1, at least 2 each</source>
        <translation>stratum sizes proportional to %1, at least 2 each</translation>
    </message>
    <message>
        <source>Simple random sample of precincts %1, %2; ratio estimates weighted by the inverse of each precinct&apos;s inclusion probability among those that reported; standard errors by Taylor linearisation for a stratified sample of precincts.</source>
        <translation>Simple random sample of precincts %1, %2; ratio estimates weighted by the inverse of each precinct&apos;s inclusion probability among those that reported; standard errors by Taylor linearisation for a stratified sample of precincts.</translation>
    </message>
</context>
<context>
    <name>SampleEstimateWriter</name>
    <message>
        <source>%1: what the observers&apos; copies can claim</source>
        <translation>%1: what the observers&apos; copies can claim</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — not real election results</source>
        <translation>SYNTHETIC DEMO DATA — not real election results</translation>
    </message>
    <message>
        <source>Party shares: of %1. Official figures as in the summary report.</source>
        <translation>Party shares: of %1. Official figures as in the summary report.</translation>
    </message>
    <message>
        <source>Sampled precincts: %1; reported: %2, with %3 voters on the list.</source>
        <translation>Sampled precincts: %1; reported: %2, with %3 voters on the list.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observer copy/copies of precincts outside the sample: not used.</source>
        <translation>
            <numerusform>%Ln observer copy of precincts outside the sample: not used.</numerusform>
            <numerusform>%Ln observer copies of precincts outside the sample: not used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sampled copy/copies with an empty line: not used.</source>
        <translation>
            <numerusform>%Ln sampled copy with an empty line: not used.</numerusform>
            <numerusform>%Ln sampled copies with an empty line: not used.</numerusform>
        </translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>official inside</source>
        <translation>official inside</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stratum/strata without a single report: the estimates are about the others.</source>
        <translation>
            <numerusform>%Ln stratum without a single report: the estimates are about the others.</numerusform>
            <numerusform>%Ln strata without a single report: the estimates are about the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>By stratum</source>
        <translation>By stratum</translation>
    </message>
    <message>
        <source>%1: %2 sampled, %3 reported</source>
        <translation>%1: %2 sampled, %3 reported</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>precincts</source>
        <translation>precincts</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observed</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>voters</translation>
    </message>
    <message>
        <source>The copies cover %1 of %2 precincts (%3)</source>
        <translation>The copies cover %1 of %2 precincts (%3)</translation>
    </message>
    <message>
        <source>%1: estimate %2 (95% interval %3 – %4)</source>
        <translation>%1: estimate %2 (95% interval %3 – %4)</translation>
    </message>
    <message>
        <source>official %1, inside the interval</source>
        <translation>official %1, inside the interval</translation>
    </message>
    <message>
        <source>official %1, OUTSIDE the interval</source>
        <translation>official %1, OUTSIDE the interval</translation>
    </message>
    <message>
        <source>with official voters</source>
        <translation>with official voters</translation>
    </message>
    <message>
        <source>published total</source>
        <translation>published total</translation>
    </message>
    <message>
        <source>Voters: on the official lists of the precincts whose official figures give them, or in a total published for a territory as a whole; observed: on the observers&apos; copies of those precincts.</source>
        <translation>Voters: on the official lists of the precincts whose official figures give them, or in a total published for a territory as a whole; observed: on the observers&apos; copies of those precincts.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n region(s) of the campaign with no figures of this contest, official or observed (%1 precincts).</source>
        <translation>
            <numerusform>Left out: %n region of the campaign with no figures of this contest, official or observed (%1 precincts).</numerusform>
            <numerusform>Left out: %n regions of the campaign with no figures of this contest, official or observed (%1 precincts).</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 of the %2 voters on the list in the official figures, which include totals published for a territory as a whole (%3).</source>
        <translation> and %1 of the %2 voters on the list in the official figures, which include totals published for a territory as a whole (%3).</translation>
    </message>
    <message>
        <source> and %1 of %2 voters on the list (%3).</source>
        <translation> and %1 of %2 voters on the list (%3).</translation>
    </message>
    <message>
        <source>The official figures of %1 of these precincts give %2 voters on the list; the copies cover %3 of those precincts (%4) and %5 of their voters (%6).</source>
        <translation>The official figures of %1 of these precincts give %2 voters on the list; the copies cover %3 of those precincts (%4) and %5 of their voters (%6).</translation>
    </message>
</context>
<context>
    <name>SampleFrame</name>
    <message>
        <source>(no region)</source>
        <translation>(no region)</translation>
    </message>
    <message>
        <source>All precincts</source>
        <translation>All precincts</translation>
    </message>
</context>
<context>
    <name>SampleSizeCalculator</name>
    <message>
        <source>no precinct&apos;s voters are known: the sample size cannot be worked out before the precinct list with its voters is imported</source>
        <translation>no precinct&apos;s voters are known: the sample size cannot be worked out before the precinct list with its voters is imported</translation>
    </message>
    <message>
        <source>the margin of error must be more than 0</source>
        <translation>the margin of error must be more than 0</translation>
    </message>
    <message>
        <source>Margin of error of the leader&apos;s share (%1) at 95%: the variance of the ratio estimator under this design, with the official precinct figures taken as the population.</source>
        <translation>Margin of error of the leader&apos;s share (%1) at 95%: the variance of the ratio estimator under this design, with the official precinct figures taken as the population.</translation>
    </message>
    <message>
        <source>Margin of error of a share of 50% (the worst case) at 95%: Kish&apos;s design effect for precincts of unequal size, deff = 1 + ρ(b̄(1 + cv²) − 1) = %1 with ρ = %2 assumed and b̄ = %3 voters per precinct; no official figures to do better.</source>
        <translation>Margin of error of a share of 50% (the worst case) at 95%: Kish&apos;s design effect for precincts of unequal size, deff = 1 + ρ(b̄(1 + cv²) − 1) = %1 with ρ = %2 assumed and b̄ = %3 voters per precinct; no official figures to do better.</translation>
    </message>
</context>
<context>
    <name>SampleStore</name>
    <message>
        <source>removing the previous sample</source>
        <translation>removing the previous sample</translation>
    </message>
    <message>
        <source>saving the sample design</source>
        <translation>saving the sample design</translation>
    </message>
    <message>
        <source>saving a stratum of the sample</source>
        <translation>saving a stratum of the sample</translation>
    </message>
    <message>
        <source>saving a precinct of the sample</source>
        <translation>saving a precinct of the sample</translation>
    </message>
    <message>
        <source>reading the sample design</source>
        <translation>reading the sample design</translation>
    </message>
    <message>
        <source>the stored sample of %1 has a damaged seed</source>
        <translation>the stored sample of %1 has a damaged seed</translation>
    </message>
    <message>
        <source>reading the strata of the sample</source>
        <translation>reading the strata of the sample</translation>
    </message>
    <message>
        <source>reading the precincts of the sample</source>
        <translation>reading the precincts of the sample</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>This protocol was entered by %1 at %2 while you were typing. Your values were not saved; compare them with the stored ones before saving again.</source>
        <translation>This protocol was entered by %1 at %2 while you were typing. Your values were not saved; compare them with the stored ones before saving again.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>This protocol was changed by %1 at %2 (revision %3; you started from revision %4). Your values were not saved; compare them with the stored ones before saving again.</source>
        <translation>This protocol was changed by %1 at %2 (revision %3; you started from revision %4). Your values were not saved; compare them with the stored ones before saving again.</translation>
    </message>
</context>
<context>
    <name>ServerAttachmentStream</name>
    <message>
        <source>reading a photo</source>
        <translation>reading a photo</translation>
    </message>
    <message>
        <source>reading a photo failed: there is no photo %1</source>
        <translation>reading a photo failed: there is no photo %1</translation>
    </message>
    <message>
        <source>reading a photo failed: photo %1 is gone</source>
        <translation>reading a photo failed: photo %1 is gone</translation>
    </message>
    <message>
        <source>adding the photo %1</source>
        <translation>adding the photo %1</translation>
    </message>
    <message>
        <source>adding the photo %1 returned no id</source>
        <translation>adding the photo %1 returned no id</translation>
    </message>
    <message>
        <source>adding the photo %1 failed: %2</source>
        <translation>adding the photo %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 bytes of %2 arrived</source>
        <translation>%1 bytes of %2 arrived</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>pg_dump is not installed: a campaign on a server is backed up with PostgreSQL&apos;s own pg_dump (Debian: apt install postgresql-client-15)</source>
        <translation>pg_dump is not installed: a campaign on a server is backed up with PostgreSQL&apos;s own pg_dump (Debian: apt install postgresql-client-15)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed: %2</source>
        <translation>pg_dump of %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file: give it a name of its own</source>
        <translation>%1 already exists; a backup never replaces a file: give it a name of its own</translation>
    </message>
</context>
<context>
    <name>ServerImportBench</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 is no server address (postgresql://user@host:port/database)</source>
        <translation>%1 is no server address (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>psql is needed as the reference (apt-get install postgresql-client-15)</source>
        <translation>psql is needed as the reference (apt-get install postgresql-client-15)</translation>
    </message>
    <message numerus="yes">
        <source>timing %1 against %2 (%n run(s) each)...</source>
        <translation>
            <numerusform>timing %1 against %2 (%n run each)...</numerusform>
            <numerusform>timing %1 against %2 (%n runs each)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 into a campaign on %2</source>
        <translation>Import of %1 into a campaign on %2</translation>
    </message>
    <message>
        <source>  whole process, median of the runs</source>
        <translation>  whole process, median of the runs</translation>
    </message>
    <message>
        <source>  psql \copy (raw, untyped):       %1 s</source>
        <translation>  psql \copy (raw, untyped):       %1 s</translation>
    </message>
    <message>
        <source>  saylau import (full, %1 rows):  %2 s</source>
        <translation>  saylau import (full, %1 rows):  %2 s</translation>
    </message>
    <message>
        <source>  ratio saylau / psql:             %1</source>
        <translation>  ratio saylau / psql:             %1</translation>
    </message>
    <message>
        <source>  CPU time of the client (user + system): psql %1 s, saylau %2 s</source>
        <translation>  CPU time of the client (user + system): psql %1 s, saylau %2 s</translation>
    </message>
    <message>
        <source>  peak memory (RSS) of the client: psql %1 MB, saylau %2 MB</source>
        <translation>  peak memory (RSS) of the client: psql %1 MB, saylau %2 MB</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>%1 is a file: roles are a server&apos;s (give a postgresql:// address)</source>
        <translation>%1 is a file: roles are a server&apos;s (give a postgresql:// address)</translation>
    </message>
    <message>
        <source>setting up the roles on %1 failed: %2</source>
        <translation>setting up the roles on %1 failed: %2</translation>
    </message>
    <message>
        <source>reading the rights of the server&apos;s user</source>
        <translation>reading the rights of the server&apos;s user</translation>
    </message>
    <message>
        <source>%1: the server does not say who is connected</source>
        <translation>%1: the server does not say who is connected</translation>
    </message>
    <message>
        <source>%1: %2 does not own the database %3 (%4 does), and a campaign&apos;s roles and rights are set up by its owner; the database was left as it was. Give the owner&apos;s address, or make the database with createdb --owner=%2.</source>
        <translation>%1: %2 does not own the database %3 (%4 does), and a campaign&apos;s roles and rights are set up by its owner; the database was left as it was. Give the owner&apos;s address, or make the database with createdb --owner=%2.</translation>
    </message>
    <message>
        <source>reading the server&apos;s roles</source>
        <translation>reading the server&apos;s roles</translation>
    </message>
    <message>
        <source>%1: the roles %2 are not on this server yet, and %3 may not create roles; the database was left as it was. As the server&apos;s administrator, let %3 create them (sudo -u postgres psql -c &quot;ALTER ROLE %3 CREATEROLE&quot;) or create them yourself (sudo -u postgres psql -c &quot;%4&quot;), then run saylau init-server again.</source>
        <translation>%1: the roles %2 are not on this server yet, and %3 may not create roles; the database was left as it was. As the server&apos;s administrator, let %3 create them (sudo -u postgres psql -c &quot;ALTER ROLE %3 CREATEROLE&quot;) or create them yourself (sudo -u postgres psql -c &quot;%4&quot;), then run saylau init-server again.</translation>
    </message>
</context>
<context>
    <name>ServerScratchDatabase</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>the signing library (libsodium) cannot start: no source of randomness</source>
        <translation>the signing library (libsodium) cannot start: no source of randomness</translation>
    </message>
    <message>
        <source>the campaign&apos;s signing key is damaged</source>
        <translation>the campaign&apos;s signing key is damaged</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 is not a SaylauDesk database (not an SQLite file, or its header is damaged)</source>
        <translation>%1 is not a SaylauDesk database (not an SQLite file, or its header is damaged)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a SaylauDesk campaign</source>
        <translation>%1 is an SQLite database, but not a SaylauDesk campaign</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation>cannot prepare a statement: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 was refused by the server: your role on it has no right to do this (%2)</source>
        <translation>%1 was refused by the server: your role on it has no right to do this (%2)</translation>
    </message>
</context>
<context>
    <name>SqliteBlob</name>
    <message>
        <source>writing a photo failed: %1</source>
        <translation>writing a photo failed: %1</translation>
    </message>
    <message>
        <source>reading a photo failed: %1</source>
        <translation>reading a photo failed: %1</translation>
    </message>
    <message>
        <source>it is longer than the space made for it</source>
        <translation>it is longer than the space made for it</translation>
    </message>
    <message>
        <source>writing a photo failed: %1 bytes of %2 arrived</source>
        <translation>writing a photo failed: %1 bytes of %2 arrived</translation>
    </message>
</context>
<context>
    <name>SqliteHandle</name>
    <message>
        <source>the campaign file is not open</source>
        <translation>the campaign file is not open</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver must use the system SQLite %1</source>
        <translation>Qt&apos;s SQLite driver must use the system SQLite %1</translation>
    </message>
    <message>
        <source>this works on campaign files only, not yet on a campaign on a server</source>
        <translation>this works on campaign files only, not yet on a campaign on a server</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 failed: no parameter %2</source>
        <translation>%1 failed: no parameter %2</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>a summary report needs one aggregation per source</source>
        <translation>a summary report needs one aggregation per source</translation>
    </message>
    <message>
        <source>%1: no protocols.</source>
        <translation>%1: no protocols.</translation>
    </message>
    <message>
        <source>the commissions received %1 ballots for %2 voters on the list</source>
        <translation>the commissions received %1 ballots for %2 voters on the list</translation>
    </message>
    <message>
        <source>%1 ballots were issued but %2 counted as voting</source>
        <translation>%1 ballots were issued but %2 counted as voting</translation>
    </message>
    <message>
        <source>each figure is rounded on its own</source>
        <translation>each figure is rounded on its own</translation>
    </message>
    <message>
        <source>%1: turnout %2 and unused ballots %3 add up to %4, not 100%: %5.</source>
        <translation>%1: turnout %2 and unused ballots %3 add up to %4, not 100%: %5.</translation>
    </message>
    <message>
        <source>the votes counted (%1) are not the %2 (%3)</source>
        <translation>the votes counted (%1) are not the %2 (%3)</translation>
    </message>
    <message>
        <source>each share is rounded on its own</source>
        <translation>each share is rounded on its own</translation>
    </message>
    <message>
        <source>%1: the shares shown add up to %2, not 100%: %3.</source>
        <translation>%1: the shares shown add up to %2, not 100%: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n further copy(ies) of precincts already counted were left out of the sums.</source>
        <translation>
            <numerusform>%1: %n further copy of precincts already counted was left out of the sums.</numerusform>
            <numerusform>%1: %n further copies of precincts already counted were left out of the sums.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n protocol(s) belong to no known territory and were left out.</source>
        <translation>
            <numerusform>%1: %n protocol belongs to no known territory and was left out.</numerusform>
            <numerusform>%1: %n protocols belong to no known territory and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>voters on the list</source>
        <translation>voters on the list</translation>
    </message>
    <message>
        <source>ballots received</source>
        <translation>ballots received</translation>
    </message>
    <message>
        <source>ballots issued</source>
        <translation>ballots issued</translation>
    </message>
    <message>
        <source>ballots cast (spoiled included)</source>
        <translation>ballots cast (spoiled included)</translation>
    </message>
    <message>
        <source>spoiled ballots</source>
        <translation>spoiled ballots</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>valid votes</translation>
    </message>
    <message>
        <source>unused ballots</source>
        <translation>unused ballots</translation>
    </message>
    <message>
        <source>votes against all</source>
        <translation>votes against all</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message numerus="yes">
        <source>turnout is taken over %n protocol(s) and unused ballots over %1</source>
        <translation>
            <numerusform>turnout is taken over %n protocol and unused ballots over %1</numerusform>
            <numerusform>turnout is taken over %n protocols and unused ballots over %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the shares are taken over different protocols, as some protocols do not give every line</source>
        <translation>the shares are taken over different protocols, as some protocols do not give every line</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n protocol(s) give no &quot;%3&quot;: its sum covers the others, and a percentage using it only the protocols that give both of its figures.</source>
        <translation>
            <numerusform>%1: %2 of %n protocol gives no &quot;%3&quot;: its sum covers the others, and a percentage using it only the protocols that give both of its figures.</numerusform>
            <numerusform>%1: %2 of %n protocols give no &quot;%3&quot;: its sum covers the others, and a percentage using it only the protocols that give both of its figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no protocol gives %2.</source>
        <translation>%1: no protocol gives %2.</translation>
    </message>
    <message>
        <source>%1: no protocol gives votes for %2.</source>
        <translation>%1: no protocol gives votes for %2.</translation>
    </message>
</context>
<context>
    <name>SummaryReportFile</name>
    <message>
        <source>%1: choose a .xlsx or .csv file</source>
        <translation>%1: choose a .xlsx or .csv file</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>SummaryReportWriter</name>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>UIK %1</source>
        <translation>UIK %1</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA: a demonstration, not real election results.</source>
        <translation>SYNTHETIC DATA: a demonstration, not real election results.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Precincts</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Voters</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Voted</translation>
    </message>
    <message>
        <source>Unused ballots</source>
        <translation>Unused ballots</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Against all</translation>
    </message>
    <message>
        <source>Spoiled ballots</source>
        <translation>Spoiled ballots</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Unused</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Spoiled</translation>
    </message>
    <message>
        <source>%1: a total published for the whole territory, %2 voters on the list.</source>
        <translation>%1: a total published for the whole territory, %2 voters on the list.</translation>
    </message>
    <message>
        <source>Shares of parties and spoiled ballots: of %1. Voted: of voters on the list. Unused ballots: of %2.</source>
        <translation>Shares of parties and spoiled ballots: of %1. Voted: of voters on the list. Unused ballots: of %2.</translation>
    </message>
    <message>
        <source>Shares are rounded by the largest remainder, so that each column adds up to 100%.</source>
        <translation>Shares are rounded by the largest remainder, so that each column adds up to 100%.</translation>
    </message>
    <message>
        <source>%1: parties over the %2% threshold of %3: %4</source>
        <translation>%1: parties over the %2% threshold of %3: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%1: turnout by region from %2 (%3) to %4 (%5); mean of the %n region(s) %6, overall %7.</source>
        <translation>
            <numerusform>%1: turnout by region from %2 (%3) to %4 (%5); mean of the %n region %6, overall %7.</numerusform>
            <numerusform>%1: turnout by region from %2 (%3) to %4 (%5); mean of the %n regions %6, overall %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: spoiled ballots by region from %2 (%3) to %4 (%5).</source>
        <translation>%1: spoiled ballots by region from %2 (%3) to %4 (%5).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>%1: seats (%2, largest remainder among the lists over the threshold): %3.</source>
        <translation>%1: seats (%2, largest remainder among the lists over the threshold): %3.</translation>
    </message>
    <message>
        <source>%1: seats these figures would give (%2, largest remainder among the lists over the threshold): %3.</source>
        <translation>%1: seats these figures would give (%2, largest remainder among the lists over the threshold): %3.</translation>
    </message>
    <message>
        <source>%1: the last seat went to one of equal remainders; the law&apos;s tie rule decides it.</source>
        <translation>%1: the last seat went to one of equal remainders; the law&apos;s tie rule decides it.</translation>
    </message>
    <message>
        <source>%1: the regions&apos; figures are the sums of their precincts; the overall figure is the published total.</source>
        <translation>%1: the regions&apos; figures are the sums of their precincts; the overall figure is the published total.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln precinct(s), %2 voters on the list.</source>
        <translation>
            <numerusform>%1: %Ln precinct, %2 voters on the list.</numerusform>
            <numerusform>%1: %Ln precincts, %2 voters on the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Excess</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>turnout</translation>
    </message>
    <message>
        <source>leader&apos;s share</source>
        <translation>leader&apos;s share</translation>
    </message>
    <message>
        <source>All precincts</source>
        <translation>All precincts</translation>
    </message>
    <message>
        <source>Shares of parties: of %1. Spoiled ballots: of %2. Voted: of voters on the list. Unused ballots: of %3.</source>
        <translation>Shares of parties: of %1. Spoiled ballots: of %2. Voted: of voters on the list. Unused ballots: of %3.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>TIK</source>
        <translation>TIK</translation>
    </message>
</context>
<context>
    <name>SummaryReportXlsx</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>By territory</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>Forensics</translation>
    </message>
</context>
<context>
    <name>TerritoryEditor</name>
    <message>
        <source>precinct No. %1</source>
        <translation>precinct No. %1</translation>
    </message>
    <message>
        <source>There is no territory with id %1 in this campaign (deleted meanwhile?).</source>
        <translation>There is no territory with id %1 in this campaign (deleted meanwhile?).</translation>
    </message>
    <message>
        <source>%1 must be placed inside the country, a region or a district.</source>
        <translation>%1 must be placed inside the country, a region or a district.</translation>
    </message>
    <message>
        <source>%1 cannot be placed inside %2: it must go into a larger unit.</source>
        <translation>%1 cannot be placed inside %2: it must go into a larger unit.</translation>
    </message>
    <message>
        <source>A precinct needs its number.</source>
        <translation>A precinct needs its number.</translation>
    </message>
    <message>
        <source>%1 already has precinct No. %2.</source>
        <translation>%1 already has precinct No. %2.</translation>
    </message>
    <message>
        <source>A district or region needs a name.</source>
        <translation>A district or region needs a name.</translation>
    </message>
    <message>
        <source>recording the territory change</source>
        <translation>recording the territory change</translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation>renaming %1</translation>
    </message>
    <message>
        <source>moving %1</source>
        <translation>moving %1</translation>
    </message>
    <message>
        <source>looking below %1</source>
        <translation>looking below %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n protocol(s) were entered or imported there. Move the precincts elsewhere first, or keep it.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n protocol were entered or imported there. Move the precincts elsewhere first, or keep it.</numerusform>
            <numerusform>%1 cannot be deleted: %n protocols were entered or imported there. Move the precincts elsewhere first, or keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: photos or unsaved protocol drafts belong to it.</source>
        <translation>%1 cannot be deleted: photos or unsaved protocol drafts belong to it.</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>deleting %1</translation>
    </message>
    <message>
        <source>reading the territory history</source>
        <translation>reading the territory history</translation>
    </message>
    <message>
        <source>This campaign is the kit of office %1, which covers the regions %2 only: %3 cannot go into %4, outside them (headquarters would set it aside). Add it at headquarters, or at the office whose kit holds that region.</source>
        <translation>This campaign is the kit of office %1, which covers the regions %2 only: %3 cannot go into %4, outside them (headquarters would set it aside). Add it at headquarters, or at the office whose kit holds that region.</translation>
    </message>
</context>
<context>
    <name>TerritoryIndex</name>
    <message>
        <source>UIK %1</source>
        <translation>UIK %1</translation>
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
        <translation>%1: counted by the commission</translation>
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
        <translation>reading the territory failed: %1</translation>
    </message>
</context>
<context>
    <name>TerritoryResolver</name>
    <message>
        <source>a row names no precinct</source>
        <translation>a row names no precinct</translation>
    </message>
    <message>
        <source>a row of votes counted by a TIK names no TIK</source>
        <translation>a row of votes counted by a TIK names no TIK</translation>
    </message>
</context>
<context>
    <name>TerritorySearch</name>
    <message>
        <source>looking for precinct %1</source>
        <translation>looking for precinct %1</translation>
    </message>
</context>
<context>
    <name>UnavailableCommand</name>
    <message>
        <source>Not in this build (built with -DSAYLAU_GUI=OFF, without the renderer)</source>
        <translation>Not in this build (built with -DSAYLAU_GUI=OFF, without the renderer)</translation>
    </message>
    <message>
        <source>%1 is not in this build: it was built without the renderer (-DSAYLAU_GUI=OFF); use a build with the desktop program</source>
        <translation>%1 is not in this build: it was built without the renderer (-DSAYLAU_GUI=OFF); use a build with the desktop program</translation>
    </message>
    <message>
        <source>saylau %1: %2</source>
        <translation>saylau %1: %2</translation>
    </message>
    <message>
        <source>drawing charts</source>
        <translation>drawing charts</translation>
    </message>
</context>
<context>
    <name>VerifyHistoryCommand</name>
    <message numerus="yes">
        <source>intact: %n history row(s)</source>
        <translation>
            <numerusform>intact: %n history row</numerusform>
            <numerusform>intact: %n history rows</numerusform>
        </translation>
    </message>
    <message>
        <source>, head %1</source>
        <translation>, head %1</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>broken: %1</translation>
    </message>
    <message>
        <source>broken at history row %1: %2</source>
        <translation>broken at history row %1: %2</translation>
    </message>
    <message>
        <source>, copy %1</source>
        <translation>, copy %1</translation>
    </message>
    <message>
        <source>  protocol #%1 (no longer in the file), revision %2, saved at %3</source>
        <translation>  protocol #%1 (no longer in the file), revision %2, saved at %3</translation>
    </message>
    <message>
        <source>Check that no protocol history row was edited, deleted, inserted or moved, and that every protocol is as its history left it</source>
        <translation>Check that no protocol history row was edited, deleted, inserted or moved, and that every protocol is as its history left it</translation>
    </message>
    <message>
        <source>%1, contest %2, source %3%4</source>
        <translation>%1, contest %2, source %3%4</translation>
    </message>
    <message>
        <source>  protocol: %1, revision %2, saved at %3</source>
        <translation>  protocol: %1, revision %2, saved at %3</translation>
    </message>
    <message numerus="yes">
        <source>broken: %n protocol(s) not as their history left them</source>
        <translation>
            <numerusform>broken: %n protocol not as its history left it</numerusform>
            <numerusform>broken: %n protocols not as their history left them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n protocol(s) not as their history left them (the %1 history rows themselves are intact, head %2)</source>
        <translation>
            <numerusform>broken: %n protocol not as its history left it (the %1 history rows themselves are intact, head %2)</numerusform>
            <numerusform>broken: %n protocols not as their history left them (the %1 history rows themselves are intact, head %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>  protocol: %1; its last history row %2 (revision %3, saved at %4) says otherwise:</source>
        <translation>  protocol: %1; its last history row %2 (revision %3, saved at %4) says otherwise:</translation>
    </message>
    <message>
        <source>    %1: %2 in the history, %3 stored</source>
        <translation>    %1: %2 in the history, %3 stored</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>SaylauDesk</source>
        <translation>SaylauDesk</translation>
    </message>
    <message>
        <source>The demo campaign could not be created:
%1</source>
        <translation>The demo campaign could not be created:
%1</translation>
    </message>
    <message>
        <source>Election-monitoring desk: protocols, official figures, control relations.</source>
        <translation>Election-monitoring desk: protocols, official figures, control relations.</translation>
    </message>
    <message>
        <source>The campaign file to open (the demo when none).</source>
        <translation>The campaign file to open (the demo when none).</translation>
    </message>
</context>
<context>
    <name>saylau::ChartsPane</name>
    <message>
        <source>Contest:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Figures:</translation>
    </message>
    <message>
        <source>Sort regions by:</source>
        <translation>Sort regions by:</translation>
    </message>
    <message>
        <source>Shares of:</source>
        <translation>Shares of:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Party shares by region</source>
        <translation>Party shares by region</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Turnout by region</translation>
    </message>
    <message>
        <source>Party shares, observed and official</source>
        <translation>Party shares, observed and official</translation>
    </message>
    <message>
        <source>Turnout across precincts</source>
        <translation>Turnout across precincts</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Observed and official</source>
        <translation>Observed and official</translation>
    </message>
    <message>
        <source>ballots cast (spoiled included)</source>
        <translation>ballots cast (spoiled included)</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>valid votes</translation>
    </message>
    <message>
        <source>Show spoiled ballots</source>
        <translation>Show spoiled ballots</translation>
    </message>
    <message>
        <source>Name shown at the foot of the chart</source>
        <translation>Name shown at the foot of the chart</translation>
    </message>
    <message>
        <source>Export PNG 1920×1080…</source>
        <translation>Export PNG 1920×1080…</translation>
    </message>
    <message>
        <source>Export PNG 3840×2160…</source>
        <translation>Export PNG 3840×2160…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <source>the leading party</source>
        <translation>the leading party</translation>
    </message>
    <message>
        <source>Open a campaign to draw its charts.</source>
        <translation>Open a campaign to draw its charts.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Party colours</source>
        <translation>Party colours</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <source>Ballot colours</source>
        <translation>Ballot colours</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Colour of %1</translation>
    </message>
    <message>
        <source>Organisation&apos;s logo</source>
        <translation>Organisation&apos;s logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</translation>
    </message>
    <message>
        <source>Export summary report</source>
        <translation>Export summary report</translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF with charts (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export summary report…</source>
        <translation>Export summary report…</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>Leader:</translation>
    </message>
    <message>
        <source>Forensics: turnout in fine bins (the saw)</source>
        <translation>Forensics: turnout in fine bins (the saw)</translation>
    </message>
    <message>
        <source>Forensics: turnout and the leader&apos;s share, per precinct</source>
        <translation>Forensics: turnout and the leader&apos;s share, per precinct</translation>
    </message>
    <message>
        <source>Forensics: fingerprint (turnout × leader&apos;s share)</source>
        <translation>Forensics: fingerprint (turnout × leader&apos;s share)</translation>
    </message>
    <message>
        <source>Forensics: votes by turnout</source>
        <translation>Forensics: votes by turnout</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Bins:</translation>
    </message>
    <message>
        <source>0.1 percentage point</source>
        <translation>0.1 percentage point</translation>
    </message>
    <message>
        <source>0.5 percentage point</source>
        <translation>0.5 percentage point</translation>
    </message>
    <message>
        <source>1 percentage point</source>
        <translation>1 percentage point</translation>
    </message>
    <message>
        <source>Sample estimate and official result</source>
        <translation>Sample estimate and official result</translation>
    </message>
    <message>
        <source>Forensics: fingerprint of each region (small multiples)</source>
        <translation>Forensics: fingerprint of each region (small multiples)</translation>
    </message>
    <message>
        <source>With a Forensics page</source>
        <translation>With a Forensics page</translation>
    </message>
    <message>
        <source>The integer-percentage test and the excess-votes estimate, as saylau forensics computes them; not in the CSV file.</source>
        <translation>The integer-percentage test and the excess-votes estimate, as saylau forensics computes them; not in the CSV file.</translation>
    </message>
</context>
<context>
    <name>saylau::ColumnMappingDialog</name>
    <message>
        <source>Column Mapping</source>
        <translation>Column Mapping</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>The file is %1, %2-separated, with %n column(s). Choose what each column becomes.</source>
        <translation>
            <numerusform>The file is %1, %2-separated, with %n column. Choose what each column becomes.</numerusform>
            <numerusform>The file is %1, %2-separated, with %n columns. Choose what each column becomes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping confirmed last time for files of this shape from this source is applied.</source>
        <translation>The mapping confirmed last time for files of this shape from this source is applied.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#&lt;/b&gt;</source>
        <translation>&lt;b&gt;#&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Column of the file&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stored as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stored as&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match&lt;/b&gt;</source>
        <translation>&lt;b&gt;Match&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>A guess from the column&apos;s label: check it</source>
        <translation>A guess from the column&apos;s label: check it</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both stored as %3.</source>
        <translation>Columns %1 and %2 are both stored as %3.</translation>
    </message>
    <message>
        <source>Every column is mapped.</source>
        <translation>Every column is mapped.</translation>
    </message>
    <message>
        <source>Strict import: map these columns or set them to &quot;ignored&quot;: %1</source>
        <translation>Strict import: map these columns or set them to &quot;ignored&quot;: %1</translation>
    </message>
    <message>
        <source>Mapped to nothing, kept as text with each record: %1</source>
        <translation>Mapped to nothing, kept as text with each record: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first rows as they will be stored&lt;/b&gt;</source>
        <translation>&lt;b&gt;The first rows as they will be stored&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The first rows as they will be stored&lt;/b&gt; (%n of them would be refused: see the rejected rows option or correct the file)</source>
        <translation>
            <numerusform>&lt;b&gt;The first rows as they will be stored&lt;/b&gt; (%n of them would be refused: see the rejected rows option or correct the file)</numerusform>
            <numerusform>&lt;b&gt;The first rows as they will be stored&lt;/b&gt; (%n of them would be refused: see the rejected rows option or correct the file)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 is a party the ballot does not have: go back and take the ballot list from the file, or store the column otherwise.</source>
        <translation>Column %1 is a party the ballot does not have: go back and take the ballot list from the file, or store the column otherwise.</translation>
    </message>
    <message>
        <source>No column is stored as &quot;%1&quot;: the rows would have nowhere to go.</source>
        <translation>No column is stored as &quot;%1&quot;: the rows would have nowhere to go.</translation>
    </message>
    <message>
        <source>holds counts: choose</source>
        <translation>holds counts: choose</translation>
    </message>
    <message>
        <source>Column %1 holds counts but would be kept as text, losing its votes: go back and take the ballot list from the file, or choose what it is (&quot;kept as text&quot; too, on purpose).</source>
        <translation>Column %1 holds counts but would be kept as text, losing its votes: go back and take the ballot list from the file, or choose what it is (&quot;kept as text&quot; too, on purpose).</translation>
    </message>
</context>
<context>
    <name>saylau::ConflictResolutionDialog</name>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Resolve Conflicts</source>
        <translation>Resolve Conflicts</translation>
    </message>
    <message>
        <source>Each column is one place&apos;s version of the protocol. Click a value to take it; the last column is what the protocol will say.</source>
        <translation>Each column is one place&apos;s version of the protocol. Click a value to take it; the last column is what the protocol will say.</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>observer copy %1</source>
        <translation>observer copy %1</translation>
    </message>
    <message>
        <source>No conflicts: every protocol has one version.</source>
        <translation>No conflicts: every protocol has one version.</translation>
    </message>
    <message>
        <source>%1 saved by %2 at %3</source>
        <translation>%1 saved by %2 at %3</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Versions: %1.</source>
        <translation>Versions: %1.</translation>
    </message>
    <message>
        <source>The versions differ on this line: click the value to take</source>
        <translation>The versions differ on this line: click the value to take</translation>
    </message>
    <message numerus="yes">
        <source>The chosen figures break %n control relation(s): %1.</source>
        <translation>
            <numerusform>The chosen figures break %n control relation: %1.</numerusform>
            <numerusform>The chosen figures break %n control relations: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve with figures that break control relations?</source>
        <translation>Resolve with figures that break control relations?</translation>
    </message>
    <message numerus="yes">
        <source>The chosen figures break %n control relation(s):</source>
        <translation>
            <numerusform>The chosen figures break %n control relation:</numerusform>
            <numerusform>The chosen figures break %n control relations:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve so only if the paper protocol itself says so; otherwise cancel and choose the values again.</source>
        <translation>Resolve so only if the paper protocol itself says so; otherwise cancel and choose the values again.</translation>
    </message>
    <message>
        <source>&amp;Resolve anyway</source>
        <translation>&amp;Resolve anyway</translation>
    </message>
</context>
<context>
    <name>saylau::DiscrepancyTableModel</name>
    <message numerus="yes">
        <source>the copy breaks %n control relation(s) of its form</source>
        <translation>
            <numerusform>the copy breaks %n control relation of its form</numerusform>
            <numerusform>the copy breaks %n control relations of its form</numerusform>
        </translation>
    </message>
    <message>
        <source>voters on the list differ by %1 from the official figure: likely another precinct&apos;s protocol</source>
        <translation>voters on the list differ by %1 from the official figure: likely another precinct&apos;s protocol</translation>
    </message>
    <message>
        <source>the sum includes doubtful copies</source>
        <translation>the sum includes doubtful copies</translation>
    </message>
    <message>
        <source>(official total; copies of %1 of %2 precincts)</source>
        <translation>(official total; copies of %1 of %2 precincts)</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>The larger of the votes added and taken by the official figures</source>
        <translation>The larger of the votes added and taken by the official figures</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Votes added</source>
        <translation>Votes added</translation>
    </message>
    <message>
        <source>Votes taken</source>
        <translation>Votes taken</translation>
    </message>
    <message>
        <source>Official minus copy on the measure turnout is counted from</source>
        <translation>Official minus copy on the measure turnout is counted from</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <source>Gained, lost</source>
        <translation>Gained, lost</translation>
    </message>
</context>
<context>
    <name>saylau::DiscrepancyWindow</name>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>All parties</translation>
    </message>
    <message>
        <source>%1 precincts compared like for like; %2 differ (%3 resting on a doubtful copy); %4 rows shown.</source>
        <translation>%1 precincts compared like for like; %2 differ (%3 resting on a doubtful copy); %4 rows shown.</translation>
    </message>
    <message>
        <source>Synthetic demo data.</source>
        <translation>Synthetic demo data.</translation>
    </message>
    <message>
        <source>Discrepancies — SaylauDesk</source>
        <translation>Discrepancies — SaylauDesk</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <source>Set aside doubtful copies</source>
        <translation>Set aside doubtful copies</translation>
    </message>
    <message>
        <source>Copies that break their own control relations, or whose voters on the list are far from the official figure, are left out of the comparison.</source>
        <translation>Copies that break their own control relations, or whose voters on the list are far from the official figure, are left out of the comparison.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Shift at least:</source>
        <translation>Shift at least:</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>All findings</translation>
    </message>
    <message>
        <source>Everything compared</source>
        <translation>Everything compared</translation>
    </message>
    <message>
        <source>turnout %1 ballots</source>
        <translation>turnout %1 ballots</translation>
    </message>
    <message>
        <source>Official figures against the copies: %1.</source>
        <translation>Official figures against the copies: %1.</translation>
    </message>
</context>
<context>
    <name>saylau::DoubleEntryDialog</name>
    <message>
        <source>&amp;Use typed value</source>
        <translation>&amp;Use typed value</translation>
    </message>
    <message>
        <source>Double entry: resolve the differences</source>
        <translation>Double entry: resolve the differences</translation>
    </message>
    <message>
        <source>what the paper says</source>
        <translation>what the paper says</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>&amp;Verify protocol</source>
        <translation>&amp;Verify protocol</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Both entries agree on every line.</source>
        <translation>Both entries agree on every line.</translation>
    </message>
    <message>
        <source>Every difference is resolved: the protocol can be verified.</source>
        <translation>Every difference is resolved: the protocol can be verified.</translation>
    </message>
    <message>
        <source>Difference %1 of %2 (%3 still open)</source>
        <translation>Difference %1 of %2 (%3 still open)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
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
        <translation>Party %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The resolved figures break %n control relation(s), as the paper protocol may: %1. Check the lines again; verifying asks you to confirm it so.</source>
        <translation>
            <numerusform>The resolved figures break %n control relation, as the paper protocol may: %1. Check the lines again; verifying asks you to confirm it so.</numerusform>
            <numerusform>The resolved figures break %n control relations, as the paper protocol may: %1. Check the lines again; verifying asks you to confirm it so.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify a protocol that breaks control relations?</source>
        <translation>Verify a protocol that breaks control relations?</translation>
    </message>
    <message numerus="yes">
        <source>The figures to be verified break %n control relation(s):</source>
        <translation>
            <numerusform>The figures to be verified break %n control relation:</numerusform>
            <numerusform>The figures to be verified break %n control relations:</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify only if the paper protocol itself says so; otherwise cancel and check the lines again.</source>
        <translation>Verify only if the paper protocol itself says so; otherwise cancel and check the lines again.</translation>
    </message>
    <message>
        <source>&amp;Verify anyway</source>
        <translation>&amp;Verify anyway</translation>
    </message>
</context>
<context>
    <name>saylau::EntryFormWidget</name>
    <message>
        <source>Votes for each party list, in ballot order</source>
        <translation>Votes for each party list, in ballot order</translation>
    </message>
</context>
<context>
    <name>saylau::EntryWindow</name>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocol</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save and &amp;Next Precinct</source>
        <translation>Save and &amp;Next Precinct</translation>
    </message>
    <message>
        <source>Second &amp;Entry (Blind)…</source>
        <translation>Second &amp;Entry (Blind)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>&amp;Attach Photo…</source>
        <translation>&amp;Attach Photo…</translation>
    </message>
    <message>
        <source>&amp;Go to Precinct No.…</source>
        <translation>&amp;Go to Precinct No.…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In on the Photo</source>
        <translation>Zoom &amp;In on the Photo</translation>
    </message>
    <message>
        <source>Zoom &amp;Out of the Photo</source>
        <translation>Zoom &amp;Out of the Photo</translation>
    </message>
    <message>
        <source>&amp;Fit the Photo</source>
        <translation>&amp;Fit the Photo</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Choose a precinct in the navigator to enter its protocol.</source>
        <translation>Choose a precinct in the navigator to enter its protocol.</translation>
    </message>
    <message>
        <source>Second entry (blind): type the paper protocol again; the first entry stays hidden.</source>
        <translation>Second entry (blind): type the paper protocol again; the first entry stays hidden.</translation>
    </message>
    <message>
        <source>Unsaved values typed at %1 were restored.</source>
        <translation>Unsaved values typed at %1 were restored.</translation>
    </message>
    <message>
        <source>Protocol entry — SaylauDesk</source>
        <translation>Protocol entry — SaylauDesk</translation>
    </message>
    <message>
        <source>Second entry by %1</source>
        <translation>Second entry by %1</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>New protocol</translation>
    </message>
    <message>
        <source>Verified, revision %1</source>
        <translation>Verified, revision %1</translation>
    </message>
    <message>
        <source>Entered by %1, revision %2</source>
        <translation>Entered by %1, revision %2</translation>
    </message>
    <message>
        <source>unsaved changes (kept as a draft)</source>
        <translation>unsaved changes (kept as a draft)</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation(s) fail: it can be saved, marked as having errors</source>
        <translation>
            <numerusform>%n control relation fails: it can be saved, marked as having errors</numerusform>
            <numerusform>%n control relations fail: it can be saved, marked as having errors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 — Protocol entry — SaylauDesk</source>
        <translation>%1%2 — Protocol entry — SaylauDesk</translation>
    </message>
    <message>
        <source>Saved: precinct %1, revision %2</source>
        <translation>Saved: precinct %1, revision %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Saved by someone else meanwhile</translation>
    </message>
    <message>
        <source>Keep &amp;my values</source>
        <translation>Keep &amp;my values</translation>
    </message>
    <message>
        <source>Load the &amp;stored values</source>
        <translation>Load the &amp;stored values</translation>
    </message>
    <message>
        <source>That was the last precinct of this district.</source>
        <translation>That was the last precinct of this district.</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>Second entry</translation>
    </message>
    <message>
        <source>You entered this protocol yourself. The second entry must be typed by another operator, who has not seen the first.</source>
        <translation>You entered this protocol yourself. The second entry must be typed by another operator, who has not seen the first.</translation>
    </message>
    <message>
        <source>The protocol is verified.</source>
        <translation>The protocol is verified.</translation>
    </message>
    <message>
        <source>Attach a Photo or Scan of the Protocol</source>
        <translation>Attach a Photo or Scan of the Protocol</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image this program can show.</source>
        <translation>%1 is not an image this program can show.</translation>
    </message>
    <message>
        <source>Restore unsaved protocols?</source>
        <translation>Restore unsaved protocols?</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) you typed were not saved (the program was closed or stopped), the first from %1. Restore them? No discards them.</source>
        <translation>
            <numerusform>%n protocol you typed was not saved (the program was closed or stopped), from %1. Restore it? No discards it.</numerusform>
            <numerusform>%n protocols you typed were not saved (the program was closed or stopped), the first from %1. Restore them? No discards them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;Operator…</source>
        <translation>Change &amp;Operator…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing changed since revision %1: nothing to save.</source>
        <translation>Nothing changed since revision %1: nothing to save.</translation>
    </message>
    <message>
        <source>Nothing typed: nothing to save.</source>
        <translation>Nothing typed: nothing to save.</translation>
    </message>
    <message>
        <source>%1: stored %2, yours %3</source>
        <translation>%1: stored %2, yours %3</translation>
    </message>
    <message>
        <source>Kept as the other save left them (you did not change them): %1.</source>
        <translation>Kept as the other save left them (you did not change them): %1.</translation>
    </message>
    <message>
        <source>No line was changed by both of you: keeping your values saves your changes and theirs.</source>
        <translation>No line was changed by both of you: keeping your values saves your changes and theirs.</translation>
    </message>
    <message>
        <source>Changed by both of you, differently:</source>
        <translation>Changed by both of you, differently:</translation>
    </message>
</context>
<context>
    <name>saylau::ExchangeActions</name>
    <message>
        <source>&amp;Send Package to an Office…</source>
        <translation>&amp;Send Package to an Office…</translation>
    </message>
    <message>
        <source>&amp;Send to Headquarters…</source>
        <translation>&amp;Send to Headquarters…</translation>
    </message>
    <message>
        <source>Re&amp;ceive Packages…</source>
        <translation>Re&amp;ceive Packages…</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Resolve &amp;Conflicts…</translation>
    </message>
    <message>
        <source>Send Package</source>
        <translation>Send Package</translation>
    </message>
    <message>
        <source>The &amp;office the package is for:</source>
        <translation>The &amp;office the package is for:</translation>
    </message>
    <message>
        <source>SaylauDesk packages (*.saylau-package);;All files (*)</source>
        <translation>SaylauDesk packages (*.saylau-package);;All files (*)</translation>
    </message>
    <message>
        <source>Package Ready</source>
        <translation>Package Ready</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n protocol</numerusform>
            <numerusform>%n protocols</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive Packages</source>
        <translation>Receive Packages</translation>
    </message>
    <message>
        <source>The package for %1 carries %2 and %3 (%4 history rows, %5 new precincts or districts, %6 renames, moves or deletions of them).

%7

Take it to %1 on a stick, by e-mail or by messenger; it is signed, so any change on the way is refused.</source>
        <translation>The package for %1 carries %2 and %3 (%4 history rows, %5 new precincts or districts, %6 renames, moves or deletions of them).

%7

Take it to %1 on a stick, by e-mail or by messenger; it is signed, so any change on the way is refused.</translation>
    </message>
</context>
<context>
    <name>saylau::HistoryDialog</name>
    <message>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>received at</source>
        <translation>received at</translation>
    </message>
    <message>
        <source>received how</source>
        <translation>received how</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>remarks</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Save / field</source>
        <translation>Save / field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3, %4</source>
        <translation>Revision %1, %2 by %3, %4</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>line %1 (%2)</translation>
    </message>
    <message>
        <source>Revision %1, written by an import or another program: see the import records</source>
        <translation>Revision %1, written by an import or another program: see the import records</translation>
    </message>
    <message>
        <source>unmapped columns</source>
        <translation>unmapped columns</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
</context>
<context>
    <name>saylau::ImportDialog</name>
    <message>
        <source>Take the &amp;ballot list from the file (parties or candidates in column order)</source>
        <translation>Take the &amp;ballot list from the file (parties or candidates in column order)</translation>
    </message>
    <message>
        <source>&amp;Strict: a column that maps to nothing is an error</source>
        <translation>&amp;Strict: a column that maps to nothing is an error</translation>
    </message>
    <message>
        <source>Import the good rows, &amp;write the rejected ones with reasons to:</source>
        <translation>Import the good rows, &amp;write the rejected ones with reasons to:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Import Results</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Next…</translation>
    </message>
    <message>
        <source>Official (the election commission&apos;s figures)</source>
        <translation>Official (the election commission&apos;s figures)</translation>
    </message>
    <message>
        <source>Observer (copies of protocols brought by observers)</source>
        <translation>Observer (copies of protocols brought by observers)</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>Territorial commission (TIK)</source>
        <translation>Territorial commission (TIK)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>e.g. the observer&apos;s name; keeps several copies of one precinct apart</source>
        <translation>e.g. the observer&apos;s name; keeps several copies of one precinct apart</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Results &amp;file (CSV):</source>
        <translation>Results &amp;file (CSV):</translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation>&amp;Contest:</translation>
    </message>
    <message>
        <source>&amp;Whose figures:</source>
        <translation>&amp;Whose figures:</translation>
    </message>
    <message>
        <source>Observer &amp;copy label:</source>
        <translation>Observer &amp;copy label:</translation>
    </message>
    <message>
        <source>A row of the file is a:</source>
        <translation>A row of the file is a:</translation>
    </message>
    <message>
        <source>Without the last option the first bad row stops the import and the campaign stays exactly as it was.</source>
        <translation>Without the last option the first bad row stops the import and the campaign stays exactly as it was.</translation>
    </message>
    <message>
        <source>%1-rejected</source>
        <translation>%1-rejected</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation>Rejected Rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Precinct list only (no figures)</source>
        <translation>Precinct list only (no figures)</translation>
    </message>
    <message>
        <source>Region, TIK, precinct number and address of each commission: creates the precincts and sets their addresses before election day; no figures are stored.</source>
        <translation>Region, TIK, precinct number and address of each commission: creates the precincts and sets their addresses before election day; no figures are stored.</translation>
    </message>
</context>
<context>
    <name>saylau::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>The line of the file where the row starts</source>
        <translation>The line of the file where the row starts</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>TIK</source>
        <translation>TIK</translation>
    </message>
    <message>
        <source>Territorial election commission</source>
        <translation>Territorial election commission</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>The precinct number as it will be stored</source>
        <translation>The precinct number as it will be stored</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Kept as text</source>
        <translation>Kept as text</translation>
    </message>
    <message>
        <source>Columns that map to nothing, kept with the record</source>
        <translation>Columns that map to nothing, kept with the record</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>The precinct&apos;s address</source>
        <translation>The precinct&apos;s address</translation>
    </message>
</context>
<context>
    <name>saylau::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>&amp;Charts…</translation>
    </message>
    <message>
        <source>&amp;Discrepancies…</source>
        <translation>&amp;Discrepancies…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SaylauDesk</source>
        <translation>&amp;About SaylauDesk</translation>
    </message>
    <message>
        <source>Synthetic demo data: these figures were generated for demonstration and are not real election results.</source>
        <translation>Synthetic demo data: these figures were generated for demonstration and are not real election results.</translation>
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
        <translation>Open Campaign</translation>
    </message>
    <message>
        <source>Charts — SaylauDesk</source>
        <translation>Charts — SaylauDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SaylauDesk %1&lt;/h3&gt;&lt;p&gt;A desk for election observer groups: protocols brought from the precincts, official figures, their control relations and comparison.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SaylauDesk %1&lt;/h3&gt;&lt;p&gt;A desk for election observer groups: protocols brought from the precincts, official figures, their control relations and comparison.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SaylauDesk</source>
        <translation>About SaylauDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open campaign:&lt;/b&gt; %1, %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Open campaign:&lt;/b&gt; %1, %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Synthetic demo data.&lt;/b&gt; The precinct figures were generated so that the totals match published results; no precinct&apos;s figures are real.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Synthetic demo data.&lt;/b&gt; The precinct figures were generated so that the totals match published results; no precinct&apos;s figures are real.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Protocol forms:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Protocol forms:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Protocols</source>
        <translation>&amp;Protocols</translation>
    </message>
    <message>
        <source>&amp;Enter Protocols…</source>
        <translation>&amp;Enter Protocols…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restore from &amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Back Up Every</source>
        <translation>&amp;Back Up Every</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sample of Precincts…</source>
        <translation>&amp;Sample of Precincts…</translation>
    </message>
    <message>
        <source>SaylauDesk campaigns (*.saylau *.db);;All files (*)</source>
        <translation>SaylauDesk campaigns (*.saylau *.db);;All files (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Commit %1, built %2&lt;br&gt;Qt %3, SQLite %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Commit %1, built %2&lt;br&gt;Qt %3, SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Connect to &amp;Server…</translation>
    </message>
</context>
<context>
    <name>saylau::NavigatorPane</name>
    <message>
        <source>There is no precinct No. %1</source>
        <translation>There is no precinct No. %1</translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation>&amp;Contest:</translation>
    </message>
    <message>
        <source>Go to precinct No.</source>
        <translation>Go to precinct No.</translation>
    </message>
</context>
<context>
    <name>saylau::NewCampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>New Campaign</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Election preset:</source>
        <translation>&amp;Election preset:</translation>
    </message>
    <message>
        <source>Campaign &amp;file:</source>
        <translation>Campaign &amp;file:</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>New Campaign File</source>
        <translation>New Campaign File</translation>
    </message>
    <message>
        <source>No election preset could be read.</source>
        <translation>No election preset could be read.</translation>
    </message>
    <message>
        <source>%1, %2. Contests: %3. The precincts come later, by import or entry.</source>
        <translation>%1, %2. Contests: %3. The precincts come later, by import or entry.</translation>
    </message>
    <message>
        <source>SaylauDesk campaigns (*.saylau *.db);;All files (*)</source>
        <translation>SaylauDesk campaigns (*.saylau *.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Empty ballots: the first import takes them from its file</source>
        <translation>&amp;Empty ballots: the first import takes them from its file</translation>
    </message>
    <message>
        <source>as the preset names it</source>
        <translation>as the preset names it</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>Election &amp;name:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>Election &amp;date:</translation>
    </message>
</context>
<context>
    <name>saylau::OperatorDialog</name>
    <message>
        <source>Who is entering protocols?</source>
        <translation>Who is entering protocols?</translation>
    </message>
    <message>
        <source>Your &amp;name, as it will appear in the history of every protocol you save:</source>
        <translation>Your &amp;name, as it will appear in the history of every protocol you save:</translation>
    </message>
</context>
<context>
    <name>saylau::OverviewPane</name>
    <message>
        <source>Observer copies</source>
        <translation>Observer copies</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Official figures</source>
        <translation>Official figures</translation>
    </message>
    <message>
        <source>Entry: %1 precincts; %2 entered, %3 verified, %4 with control relation errors, %5 not entered yet. Differing from the official figures: %6 (on doubtful copies: %7).</source>
        <translation>Entry: %1 precincts; %2 entered, %3 verified, %4 with control relation errors, %5 not entered yet. Differing from the official figures: %6 (on doubtful copies: %7).</translation>
    </message>
    <message>
        <source>Each party&apos;s share: observer copies (solid) over official figures (pale).</source>
        <translation>Each party&apos;s share: observer copies (solid) over official figures (pale).</translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s). Choose one to see its protocols:</source>
        <translation>
            <numerusform>%n precinct. Choose one to see its protocols:</numerusform>
            <numerusform>%n precincts. Choose one to see its protocols:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saylau::PrecinctChoiceDialog</name>
    <message>
        <source>Precinct No. %1</source>
        <translation>Precinct No. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s) have No. %1. Choose the one you mean:</source>
        <translation>
            <numerusform>%n precinct have No. %1. Choose the one you mean:</numerusform>
            <numerusform>%n precincts have No. %1. Choose the one you mean:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saylau::PrecinctComparisonDialog</name>
    <message>
        <source>Save discrepancy sheet (PDF)…</source>
        <translation>Save discrepancy sheet (PDF)…</translation>
    </message>
    <message>
        <source>resting on a doubtful copy</source>
        <translation>resting on a doubtful copy</translation>
    </message>
    <message>
        <source>official total against the copies of %1 of %2 precincts</source>
        <translation>official total against the copies of %1 of %2 precincts</translation>
    </message>
    <message>
        <source>Discrepancy sheet</source>
        <translation>Discrepancy sheet</translation>
    </message>
    <message>
        <source>Save discrepancy sheet</source>
        <translation>Save discrepancy sheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
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
        <translation>Line</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Observer copy</source>
        <translation>Observer copy</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>saylau::ProtocolFiguresModel</name>
    <message>
        <source>The sources differ on this line</source>
        <translation>The sources differ on this line</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Observer copy</source>
        <translation>Observer copy</translation>
    </message>
    <message>
        <source>Observer copy %1</source>
        <translation>Observer copy %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>As printed on the form</source>
        <translation>As printed on the form</translation>
    </message>
    <message>
        <source>Observer: %1</source>
        <translation>Observer: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2; the difference: %3</source>
        <translation>%1: %2; the difference: %3</translation>
    </message>
</context>
<context>
    <name>saylau::ProtocolView</name>
    <message>
        <source>Choose a precinct in the navigator</source>
        <translation>Choose a precinct in the navigator</translation>
    </message>
    <message>
        <source>No protocol of this contest has been entered or imported for this territory.</source>
        <translation>No protocol of this contest has been entered or imported for this territory.</translation>
    </message>
    <message>
        <source>All control relations that could be checked hold.</source>
        <translation>All control relations that could be checked hold.</translation>
    </message>
    <message numerus="yes">
        <source>%n control relation check(s) fail.</source>
        <translation>
            <numerusform>%n control relation check fails.</numerusform>
            <numerusform>%n control relation checks fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sources differ on %n line(s), marked in the table.</source>
        <translation>
            <numerusform>The sources differ on %n line, marked in the table.</numerusform>
            <numerusform>The sources differ on %n lines, marked in the table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Control relations of the form</source>
        <translation>Control relations of the form</translation>
    </message>
    <message>
        <source>No campaign is open: create one with File &gt; New or open one with File &gt; Open</source>
        <translation>No campaign is open: create one with File &gt; New or open one with File &gt; Open</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) from the control relations.</source>
        <translation>
            <numerusform>%n warning from the control relations.</numerusform>
            <numerusform>%n warnings from the control relations.</numerusform>
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
        <translation>Packages Received</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n protocol(s) were changed differently in two places: both versions are kept and the precincts are marked in the navigator (Protocols → Resolve Conflicts…).</source>
        <translation>
            <numerusform>Merged. %n protocol were changed differently in two places: both versions are kept and the precincts are marked in the navigator (Protocols → Resolve Conflicts…).</numerusform>
            <numerusform>Merged. %n protocols were changed differently in two places: both versions are kept and the precincts are marked in the navigator (Protocols → Resolve Conflicts…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged, without conflicts.</source>
        <translation>Merged, without conflicts.</translation>
    </message>
    <message>
        <source>Set aside (outside what the office may change), not merged:</source>
        <translation>Set aside (outside what the office may change), not merged:</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 deleted %2</translation>
    </message>
    <message>
        <source>Kept, though deleted elsewhere: protocols, photos or drafts lie there (listed by `saylau conflicts`):</source>
        <translation>Kept, though deleted elsewhere: protocols, photos or drafts lie there (listed by `saylau conflicts`):</translation>
    </message>
</context>
<context>
    <name>saylau::RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
</context>
<context>
    <name>saylau::RegionChoiceDialog</name>
    <message>
        <source>Region of the File</source>
        <translation>Region of the File</translation>
    </message>
    <message>
        <source>No column of %1 gives the region, and the campaign has regions.
Which region are the file&apos;s TIKs and precincts in?</source>
        <translation>No column of %1 gives the region, and the campaign has regions.
Which region are the file&apos;s TIKs and precincts in?</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>Choose a region</translation>
    </message>
</context>
<context>
    <name>saylau::RelationCheckModel</name>
    <message>
        <source>✗ %1 %2 %3, difference %4</source>
        <translation>✗ %1 %2 %3, difference %4</translation>
    </message>
    <message>
        <source>— not checked: a line is empty</source>
        <translation>— not checked: a line is empty</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Control relation</source>
        <translation>Control relation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Σ parties</source>
        <translation>Σ parties</translation>
    </message>
</context>
<context>
    <name>saylau::RelationPanel</name>
    <message>
        <source>(warning)</source>
        <translation>(warning)</translation>
    </message>
    <message>
        <source>Control relations</source>
        <translation>Control relations</translation>
    </message>
</context>
<context>
    <name>saylau::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>No backups of this campaign yet in %1.</source>
        <translation>No backups of this campaign yet in %1.</translation>
    </message>
    <message>
        <source>Backups of this campaign in %1, newest first. A backup is restored into a new file; the open campaign is not changed.</source>
        <translation>Backups of this campaign in %1, newest first. A backup is restored into a new file; the open campaign is not changed.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>Restore Into a New File</source>
        <translation>Restore Into a New File</translation>
    </message>
    <message>
        <source>%1 is the open campaign. A backup is restored into a new file only.</source>
        <translation>%1 is the open campaign. A backup is restored into a new file only.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is restored into a new file only: choose another name.</source>
        <translation>%1 already exists. A backup is restored into a new file only: choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup taken %1 (%n protocol(s)) into %2 and open it? The open campaign is left as it is.</source>
        <translation>
            <numerusform>Restore the backup taken %1 (%n protocol) into %2 and open it? The open campaign is left as it is.</numerusform>
            <numerusform>Restore the backup taken %1 (%n protocols) into %2 and open it? The open campaign is left as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those marked &quot;earlier&quot; were kept by an earlier version in a folder shared by every campaign file of this name; only those of this campaign&apos;s election are listed.</source>
        <translation>Those marked &quot;earlier&quot; were kept by an earlier version in a folder shared by every campaign file of this name; only those of this campaign&apos;s election are listed.</translation>
    </message>
    <message>
        <source>Open Backup File… restores any other backup, such as one `saylau backup` wrote.</source>
        <translation>Open Backup File… restores any other backup, such as one `saylau backup` wrote.</translation>
    </message>
    <message>
        <source>%1 (earlier)</source>
        <translation>%1 (earlier)</translation>
    </message>
    <message>
        <source>Open Backup &amp;File…</source>
        <translation>Open Backup &amp;File…</translation>
    </message>
    <message>
        <source>Open Backup File</source>
        <translation>Open Backup File</translation>
    </message>
    <message>
        <source>SaylauDesk backups and campaigns (*.db *.saylau);;All files (*)</source>
        <translation>SaylauDesk backups and campaigns (*.db *.saylau);;All files (*)</translation>
    </message>
    <message>
        <source>%1-restored-%2.saylau</source>
        <translation>%1-restored-%2.saylau</translation>
    </message>
    <message>
        <source>SaylauDesk campaigns (*.saylau *.db)</source>
        <translation>SaylauDesk campaigns (*.saylau *.db)</translation>
    </message>
</context>
<context>
    <name>saylau::SampleDialog</name>
    <message>
        <source>Size for this margin</source>
        <translation>Size for this margin</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Draw</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>&amp;Save List…</translation>
    </message>
    <message>
        <source>Sample of Precincts</source>
        <translation>Sample of Precincts</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Proportional to voters</source>
        <translation>Proportional to voters</translation>
    </message>
    <message>
        <source>Equal per stratum</source>
        <translation>Equal per stratum</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <source>Strata:</source>
        <translation>Strata:</translation>
    </message>
    <message>
        <source>Stratum sizes:</source>
        <translation>Stratum sizes:</translation>
    </message>
    <message>
        <source>Margin of error (95%):</source>
        <translation>Margin of error (95%):</translation>
    </message>
    <message>
        <source>Precincts to draw:</source>
        <translation>Precincts to draw:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message numerus="yes">
        <source>This contest has a sample of %n precinct(s), seed %1, drawn %2: the same seed draws it again, another replaces it.</source>
        <translation>
            <numerusform>This contest has a sample of %n precinct, seed %1, drawn %2: the same seed draws it again, another replaces it.</numerusform>
            <numerusform>This contest has a sample of %n precincts, seed %1, drawn %2: the same seed draws it again, another replaces it.</numerusform>
        </translation>
    </message>
    <message>
        <source>This contest has no sample yet.</source>
        <translation>This contest has no sample yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s) give ±%1 points.</source>
        <translation>
            <numerusform>%n precinct gives ±%1 points.</numerusform>
            <numerusform>%n precincts give ±%1 points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Even all %n precinct(s) give only ±%1 points.</source>
        <translation>
            <numerusform>Even all %n precinct gives only ±%1 points.</numerusform>
            <numerusform>Even all %n precincts give only ±%1 points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Deployment List</source>
        <translation>Save Deployment List</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>saylau::SampleListModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Voters</translation>
    </message>
</context>
<context>
    <name>saylau::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>Use TLS when the server offers it</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Require TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation>Require TLS and check the server&apos;s certificate</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>No TLS</translation>
    </message>
    <message>
        <source>&amp;Host or socket folder:</source>
        <translation>&amp;Host or socket folder:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>No password is asked or kept here: the server finds it in your ~/.pgpass, or knows you by your login (peer) or your certificate.</source>
        <translation>No password is asked or kept here: the server finds it in your ~/.pgpass, or knows you by your login (peer) or your certificate.</translation>
    </message>
</context>
<context>
    <name>saylau::SourcePanel</name>
    <message>
        <source>%1 (%2 KB, %3, %4)</source>
        <translation>%1 (%2 KB, %3, %4)</translation>
    </message>
    <message>
        <source>&amp;Observer:</source>
        <translation>&amp;Observer:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntact:</translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation>Received &amp;at:</translation>
    </message>
    <message>
        <source>Received &amp;how:</source>
        <translation>Received &amp;how:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <source>Name of the observer who brought the copy</source>
        <translation>Name of the observer who brought the copy</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Phone or e-mail</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>e.g. the observer was removed before the count</source>
        <translation>e.g. the observer was removed before the count</translation>
    </message>
    <message>
        <source>paper copy handed over</source>
        <translation>paper copy handed over</translation>
    </message>
    <message>
        <source>photo by messenger</source>
        <translation>photo by messenger</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>dictated by phone</source>
        <translation>dictated by phone</translation>
    </message>
    <message>
        <source>Photos and scans of the paper protocol:</source>
        <translation>Photos and scans of the paper protocol:</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>Attach &amp;photo…</translation>
    </message>
</context>
<context>
    <name>saylau::TerritoryEditActions</name>
    <message>
        <source>New &amp;Precinct…</source>
        <translation>New &amp;Precinct…</translation>
    </message>
    <message>
        <source>New &amp;District…</source>
        <translation>New &amp;District…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and the %n precinct(s) in it?</source>
        <translation>
            <numerusform>Delete %1 and the %n precinct in it?</numerusform>
            <numerusform>Delete %1 and the %n precincts in it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>saylau::TerritoryEditDialog</name>
    <message>
        <source>This territory is no longer in the campaign.</source>
        <translation>This territory is no longer in the campaign.</translation>
    </message>
    <message>
        <source>&amp;Region (type its first letters):</source>
        <translation>&amp;Region (type its first letters):</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Code (optional):</source>
        <translation>&amp;Code (optional):</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Address (optional):</source>
        <translation>&amp;Address (optional):</translation>
    </message>
    <message>
        <source>New Precinct</source>
        <translation>New Precinct</translation>
    </message>
    <message>
        <source>New District</source>
        <translation>New District</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Choose where %1 belongs.</source>
        <translation>Choose where %1 belongs.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>There is no precinct No. %1 in this campaign yet. Choose its district and press Enter to create it.</source>
        <translation>There is no precinct No. %1 in this campaign yet. Choose its district and press Enter to create it.</translation>
    </message>
    <message>
        <source>&amp;Region or district (type the first letters; arrows open a region):</source>
        <translation>&amp;Region or district (type the first letters; arrows open a region):</translation>
    </message>
</context>
<context>
    <name>saylau::TerritoryTreeModel</name>
    <message>
        <source>Precinct No. %1</source>
        <translation>Precinct No. %1</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Precincts</translation>
    </message>
    <message>
        <source>With protocols</source>
        <translation>With protocols</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>differs from official, on a doubtful copy</source>
        <translation>differs from official, on a doubtful copy</translation>
    </message>
    <message>
        <source>differs from official</source>
        <translation>differs from official</translation>
    </message>
    <message>
        <source>control relation error</source>
        <translation>control relation error</translation>
    </message>
    <message>
        <source>Votes the territorial commission counted itself (remote electronic voting, postal votes, voters abroad): not a precinct</source>
        <translation>Votes the territorial commission counted itself (remote electronic voting, postal votes, voters abroad): not a precinct</translation>
    </message>
    <message>
        <source>Changed differently in two places: both versions are kept until someone chooses (Protocols → Resolve Conflicts…)</source>
        <translation>Changed differently in two places: both versions are kept until someone chooses (Protocols → Resolve Conflicts…)</translation>
    </message>
</context>
</TS>
