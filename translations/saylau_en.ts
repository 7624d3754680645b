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
    <name>BenchCommand</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
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
        <source>Usage: saylau bench import DATA.csv [--preset ID] [--runs N] [--scale ROWS]</source>
        <translation>Usage: saylau bench import DATA.csv [--preset ID] [--runs N] [--scale ROWS]</translation>
    </message>
    <message>
        <source>saylau bench: the sqlite3 shell is needed as the reference (apt-get install sqlite3)</source>
        <translation>saylau bench: the sqlite3 shell is needed as the reference (apt-get install sqlite3)</translation>
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
        <source>Time the import or the comparison against the sqlite3 shell (bench import DATA.csv | bench diff FILE.db)</source>
        <translation>Time the import or the comparison against the sqlite3 shell (bench import DATA.csv | bench diff FILE.db)</translation>
    </message>
    <message>
        <source>saylau bench: the benchmarks are &quot;import&quot; and &quot;diff&quot;</source>
        <translation>saylau bench: the benchmarks are &quot;import&quot; and &quot;diff&quot;</translation>
    </message>
    <message>
        <source>  CPU time (user + system):        sqlite3 %1 s, saylau %2 s (ratio %3)</source>
        <translation>  CPU time (user + system):        sqlite3 %1 s, saylau %2 s (ratio %3)</translation>
    </message>
</context>
<context>
    <name>BenchDiffCommand</name>
    <message>
        <source>Time saylau diff against a plain SQL join in the sqlite3 shell</source>
        <translation>Time saylau diff against a plain SQL join in the sqlite3 shell</translation>
    </message>
    <message>
        <source>Contest to compare (may be left out when the file has one).</source>
        <translation>Contest to compare (may be left out when the file has one).</translation>
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
        <source>The sqlite3 shell to compare with.</source>
        <translation>The sqlite3 shell to compare with.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>saylau bench diff: --runs must be 1 or more</source>
        <translation>saylau bench diff: --runs must be 1 or more</translation>
    </message>
    <message>
        <source>saylau bench diff: the sqlite3 shell is needed as the reference (apt-get install sqlite3)</source>
        <translation>saylau bench diff: the sqlite3 shell is needed as the reference (apt-get install sqlite3)</translation>
    </message>
    <message numerus="yes">
        <source>timing %1, contest %2 (%n run(s) each)...</source>
        <translation>
            <numerusform>timing %1, contest %2 (%n run each)...</numerusform>
            <numerusform>timing %1, contest %2 (%n runs each)...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Comparison of observer copies with official figures: %1, contest %2</source>
        <translation>Comparison of observer copies with official figures: %1, contest %2</translation>
    </message>
    <message>
        <source>  sqlite3 shell, plain SQL join with per-line differences:  %1 s</source>
        <translation>  sqlite3 shell, plain SQL join with per-line differences:  %1 s</translation>
    </message>
    <message>
        <source>  saylau diff engine (read both sources, compare, judge copies, %1 regional summaries):  %2 s</source>
        <translation>  saylau diff engine (read both sources, compare, judge copies, %1 regional summaries):  %2 s</translation>
    </message>
    <message>
        <source>    of which reading: %1 s, comparing and summing: %2 s</source>
        <translation>    of which reading: %1 s, comparing and summing: %2 s</translation>
    </message>
    <message>
        <source>  precincts compared: %1, differing: %2</source>
        <translation>  precincts compared: %1, differing: %2</translation>
    </message>
    <message>
        <source>  ratio saylau / sqlite3:  %1</source>
        <translation>  ratio saylau / sqlite3:  %1</translation>
    </message>
    <message>
        <source>importing %1 as official figures...</source>
        <translation>importing %1 as official figures...</translation>
    </message>
    <message>
        <source>%1 official protocols; %2 observer copies generated, %3 of them differing</source>
        <translation>%1 official protocols; %2 observer copies generated, %3 of them differing</translation>
    </message>
    <message>
        <source>For a results file: the campaign preset to import it into.</source>
        <translation>For a results file: the campaign preset to import it into.</translation>
    </message>
    <message>
        <source>Usage: saylau bench diff FILE.db|DATA.csv [--contest C] [--runs N] [--sqlite3 PATH] [--preset ID]</source>
        <translation>Usage: saylau bench diff FILE.db|DATA.csv [--contest C] [--runs N] [--sqlite3 PATH] [--preset ID]</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>cannot make a temporary folder: %1</translation>
    </message>
</context>
<context>
    <name>BulkProtocolWriter</name>
    <message>
        <source>bulk import is written for SQLite campaign files only</source>
        <translation>bulk import is written for SQLite campaign files only</translation>
    </message>
    <message>
        <source>the campaign file is not open</source>
        <translation>the campaign file is not open</translation>
    </message>
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
        <source>bulk import needs Qt&apos;s SQLite driver to use the system SQLite %1</source>
        <translation>bulk import needs Qt&apos;s SQLite driver to use the system SQLite %1</translation>
    </message>
    <message>
        <source>reading the protocols being replaced</source>
        <translation>reading the protocols being replaced</translation>
    </message>
    <message>
        <source>recording the replaced protocols&apos; history</source>
        <translation>recording the replaced protocols&apos; history</translation>
    </message>
    <message>
        <source>naming the import in the protocols&apos; history</source>
        <translation>naming the import in the protocols&apos; history</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation>cannot prepare a statement: %1</translation>
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
        <source>%1 is not a SaylauDesk database (not an SQLite file, or its header is damaged)</source>
        <translation>%1 is not a SaylauDesk database (not an SQLite file, or its header is damaged)</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: cannot open the database: %2</translation>
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
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
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
        <source>cannot set up %1 (%2): %3</source>
        <translation>cannot set up %1 (%2): %3</translation>
    </message>
    <message>
        <source>internal error: nested transaction</source>
        <translation>internal error: nested transaction</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>cannot save: %1</translation>
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
        <source>saving the protocol</source>
        <translation>saving the protocol</translation>
    </message>
    <message>
        <source>saving the protocol returned no id</source>
        <translation>saving the protocol returned no id</translation>
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
        <source>counting precincts</source>
        <translation>counting precincts</translation>
    </message>
    <message>
        <source>counting the precincts with protocols</source>
        <translation>counting the precincts with protocols</translation>
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
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>shares-by-region, turnout-by-region, shares or turnout-histogram.</source>
        <translation>shares-by-region, turnout-by-region, shares or turnout-histogram.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>observer, official or both.</source>
        <translation>observer, official or both.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
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
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>The party (short name) regions are sorted by; the leader by default.</source>
        <translation>The party (short name) regions are sorted by; the leader by default.</translation>
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
        <source>Usage: saylau chart FILE [--contest C] --kind shares-by-region|turnout-by-region|shares|turnout-histogram [--source observer|official|both] [--size 1920x1080|3840x2160] --out FILE.png|svg|pdf</source>
        <translation>Usage: saylau chart FILE [--contest C] --kind shares-by-region|turnout-by-region|shares|turnout-histogram [--source observer|official|both] [--size 1920x1080|3840x2160] --out FILE.png|svg|pdf</translation>
    </message>
    <message>
        <source>saylau chart: --kind must be one of shares-by-region, turnout-by-region, shares, turnout-histogram</source>
        <translation>saylau chart: --kind must be one of shares-by-region, turnout-by-region, shares, turnout-histogram</translation>
    </message>
    <message>
        <source>saylau chart: --source must be observer, official or both</source>
        <translation>saylau chart: --source must be observer, official or both</translation>
    </message>
    <message>
        <source>saylau chart: --size must be WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>saylau chart: --size must be WIDTHxHEIGHT, e.g. 1920x1080</translation>
    </message>
    <message>
        <source>saylau chart: --precision must be 0, 1 or 2</source>
        <translation>saylau chart: --precision must be 0, 1 or 2</translation>
    </message>
    <message>
        <source>saylau chart: --out is required</source>
        <translation>saylau chart: --out is required</translation>
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
        <source>saylau chart: --denominator must be cast or valid</source>
        <translation>saylau chart: --denominator must be cast or valid</translation>
    </message>
    <message>
        <source>saylau chart: --color must be PARTY=#rrggbb</source>
        <translation>saylau chart: --color must be PARTY=#rrggbb</translation>
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
        <source>Turnout: ballots cast of voters on the list, per precinct protocol; bins of %1 percentage points. Totals published only for a whole region or the country are not precincts and are not counted here.</source>
        <translation>Turnout: ballots cast of voters on the list, per precinct protocol; bins of %1 percentage points. Totals published only for a whole region or the country are not precincts and are not counted here.</translation>
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
        <source>the share of %1</source>
        <translation>the share of %1</translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>turnout</translation>
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
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Check only observer or official protocols.</source>
        <translation>Check only observer or official protocols.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
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
        <source>Usage: saylau check FILE [--contest C] [--source observer|official] [--format text|csv|json]</source>
        <translation>Usage: saylau check FILE [--contest C] [--source observer|official] [--format text|csv|json]</translation>
    </message>
    <message>
        <source>saylau check: unknown format &quot;%1&quot;</source>
        <translation>saylau check: unknown format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>saylau check: --source must be observer or official</source>
        <translation>saylau check: --source must be observer or official</translation>
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
    <message numerus="yes">
        <source>saylau %1: expected %n argument(s)</source>
        <translation>
            <numerusform>saylau %1: expected %n argument</numerusform>
            <numerusform>saylau %1: expected %n arguments</numerusform>
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
</context>
<context>
    <name>ContestsCommand</name>
    <message>
        <source>List the contests of a campaign file</source>
        <translation>List the contests of a campaign file</translation>
    </message>
    <message>
        <source>Usage: saylau contests FILE</source>
        <translation>Usage: saylau contests FILE</translation>
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
        <source>a number too large to be a count</source>
        <translation>a number too large to be a count</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed</source>
        <translation>%1, line %2: a quoted field is never closed</translation>
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
        <source>Synthetic demonstration data made by &quot;saylau demo&quot;: the precinct protocols are invented so that their totals reproduce the summary tables of the observers&apos; press release (HAQ / Adil saylau, January 2021). They are not real protocols.</source>
        <translation>Synthetic demonstration data made by &quot;saylau demo&quot;: the precinct protocols are invented so that their totals reproduce the summary tables of the observers&apos; press release (HAQ / Adil saylau, January 2021). They are not real protocols.</translation>
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
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo campaign (synthetic data: the 2021 Kazakh elections) in a new file</source>
        <translation>Create the demo campaign (synthetic data: the 2021 Kazakh elections) in a new file</translation>
    </message>
    <message>
        <source>Usage: saylau demo FILE</source>
        <translation>Usage: saylau demo FILE</translation>
    </message>
    <message>
        <source>Created the demo campaign in %1 (synthetic data, not real results); contests: %2</source>
        <translation>Created the demo campaign in %1 (synthetic data, not real results); contests: %2</translation>
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
    <message>
        <source>Usage: saylau diff FILE.db [--contest C] [--format text|csv|json] [--without-doubtful] [--top N] [--all]</source>
        <translation>Usage: saylau diff FILE.db [--contest C] [--format text|csv|json] [--without-doubtful] [--top N] [--all]</translation>
    </message>
    <message>
        <source>saylau diff: unknown format &quot;%1&quot;</source>
        <translation>saylau diff: unknown format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>saylau diff: --top must be a whole number, 0 or more</source>
        <translation>saylau diff: --top must be a whole number, 0 or more</translation>
    </message>
    <message numerus="yes">
        <source>saylau diff: %n protocol(s) name a territory that is not in the file; left out</source>
        <translation>
            <numerusform>saylau diff: %n protocol names a territory that is not in the file; left out</numerusform>
            <numerusform>saylau diff: %n protocols name a territory that is not in the file; left out</numerusform>
        </translation>
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
        <source>locking the protocol</source>
        <translation>locking the protocol</translation>
    </message>
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
        <source>recording the protocol&apos;s history</source>
        <translation>recording the protocol&apos;s history</translation>
    </message>
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
        <source>the bulk read is written for SQLite campaign files only</source>
        <translation>the bulk read is written for SQLite campaign files only</translation>
    </message>
    <message>
        <source>the campaign file is not open</source>
        <translation>the campaign file is not open</translation>
    </message>
    <message>
        <source>reading protocols failed: %1</source>
        <translation>reading protocols failed: %1</translation>
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
    <name>HistoryCommand</name>
    <message>
        <source>The contest (may be left out when the file has one).</source>
        <translation>The contest (may be left out when the file has one).</translation>
    </message>
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
        <source>Usage: saylau history FILE PRECINCT [--contest ID] [--copy COPY] [--source observer|official]</source>
        <translation>Usage: saylau history FILE PRECINCT [--contest ID] [--copy COPY] [--source observer|official]</translation>
    </message>
    <message>
        <source>saylau history: --source must be official or observer</source>
        <translation>saylau history: --source must be official or observer</translation>
    </message>
    <message>
        <source>precinct No. %1 has no %2 protocol of %3</source>
        <translation>precinct No. %1 has no %2 protocol of %3</translation>
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
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Whose figures: official or observer.</source>
        <translation>Whose figures: official or observer.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
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
        <source>Usage: saylau import FILE.db DATA.csv --contest C --source official|observer [--mapping M.json] [--ballot-from-file] [--dry-run] [--strict] [--skip-bad REJECTS.csv] [--level precinct|district|region]</source>
        <translation>Usage: saylau import FILE.db DATA.csv --contest C --source official|observer [--mapping M.json] [--ballot-from-file] [--dry-run] [--strict] [--skip-bad REJECTS.csv] [--level precinct|district|region]</translation>
    </message>
    <message>
        <source>saylau import: --source must be official or observer</source>
        <translation>saylau import: --source must be official or observer</translation>
    </message>
    <message>
        <source>saylau import: --level must be precinct, district or region</source>
        <translation>saylau import: --level must be precinct, district or region</translation>
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
        <source>  new territory: %1 regions, %2 TIKs, %3 precincts</source>
        <translation>  new territory: %1 regions, %2 TIKs, %3 precincts</translation>
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
        <source>%1 is party %2, which is not on the ballot of %3; use --ballot-from-file to take the ballot from the file</source>
        <translation>%1 is party %2, which is not on the ballot of %3; use --ballot-from-file to take the ballot from the file</translation>
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
        <source>Usage: saylau init FILE --preset ID</source>
        <translation>Usage: saylau init FILE --preset ID</translation>
    </message>
    <message>
        <source>saylau init: --preset is required; one of: %1</source>
        <translation>saylau init: --preset is required; one of: %1</translation>
    </message>
    <message>
        <source>Created %1 from preset %2 (%3)</source>
        <translation>Created %1 from preset %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LinearExpression</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unexpected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>the expression is empty</translation>
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
</context>
<context>
    <name>ObserverCopyGenerator</name>
    <message>
        <source>generated from the official figures</source>
        <translation>generated from the official figures</translation>
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
    <message>
        <source>Usage: saylau presets</source>
        <translation>Usage: saylau presets</translation>
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
        <source>The contest (may be left out when the file has one).</source>
        <translation>The contest (may be left out when the file has one).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
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
        <source>Output format: text, csv or json.</source>
        <translation>Output format: text, csv or json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>observer, official or both.</source>
        <translation>observer, official or both.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
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
        <source>Usage: saylau report FILE [--contest C] [--by region|tik|uik] [--format text|csv|json] [--source observer|official|both] [--denominator cast|valid] [--precision N] [--largest-remainder] [--out FILE.pdf|xlsx|csv]</source>
        <translation>Usage: saylau report FILE [--contest C] [--by region|tik|uik] [--format text|csv|json] [--source observer|official|both] [--denominator cast|valid] [--precision N] [--largest-remainder] [--out FILE.pdf|xlsx|csv]</translation>
    </message>
    <message>
        <source>saylau report: %1</source>
        <translation>saylau report: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unknown format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--by must be region, tik or uik</source>
        <translation>--by must be region, tik or uik</translation>
    </message>
    <message>
        <source>--source must be observer, official or both</source>
        <translation>--source must be observer, official or both</translation>
    </message>
    <message>
        <source>--denominator must be cast or valid</source>
        <translation>--denominator must be cast or valid</translation>
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
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: choose a .pdf, .xlsx or .csv file</source>
        <translation>%1: choose a .pdf, .xlsx or .csv file</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
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
        <source>%1: the cell is empty; every row needs it</source>
        <translation>%1: the cell is empty; every row needs it</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3</source>
        <translation>%1: &quot;%2&quot; is %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
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
    <name>SqlStatement</name>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation>cannot prepare a statement: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
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
        <source>%1: %2 of %n protocol(s) give no &quot;%3&quot;; figures using it cover the rest only.</source>
        <translation>
            <numerusform>%1: %2 of %n protocol gives no &quot;%3&quot;; figures using it cover the rest only.</numerusform>
            <numerusform>%1: %2 of %n protocols give no &quot;%3&quot;; figures using it cover the rest only.</numerusform>
        </translation>
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
        <source>Spoiled ballots are shown as a share of all ballots cast.</source>
        <translation>Spoiled ballots are shown as a share of all ballots cast.</translation>
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
</context>
<context>
    <name>TerritoryIndex</name>
    <message>
        <source>UIK %1</source>
        <translation>UIK %1</translation>
    </message>
</context>
<context>
    <name>TerritoryResolver</name>
    <message>
        <source>a row names no precinct</source>
        <translation>a row names no precinct</translation>
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
        <source>SaylauDesk</source>
        <translation>SaylauDesk</translation>
    </message>
    <message>
        <source>Choose a precinct in the navigator to enter its protocol.</source>
        <translation>Choose a precinct in the navigator to enter its protocol.</translation>
    </message>
    <message>
        <source>Precinct No. %1 — %2</source>
        <translation>Precinct No. %1 — %2</translation>
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
        <source>line %1: stored %2, yours %3</source>
        <translation>line %1: stored %2, yours %3</translation>
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
        <source>SaylauDesk campaigns (*.db);;All files (*)</source>
        <translation>SaylauDesk campaigns (*.db);;All files (*)</translation>
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
</context>
<context>
    <name>saylau::NavigatorPane</name>
    <message>
        <source>SaylauDesk</source>
        <translation>SaylauDesk</translation>
    </message>
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
        <source>SaylauDesk campaigns (*.db);;All files (*)</source>
        <translation>SaylauDesk campaigns (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>No election preset could be read.</source>
        <translation>No election preset could be read.</translation>
    </message>
    <message>
        <source>%1, %2. Contests: %3. The precincts come later, by import or entry.</source>
        <translation>%1, %2. Contests: %3. The precincts come later, by import or entry.</translation>
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
</context>
<context>
    <name>saylau::ProtocolView</name>
    <message>
        <source>Choose a precinct in the navigator</source>
        <translation>Choose a precinct in the navigator</translation>
    </message>
    <message>
        <source>Precinct No. %1 — %2</source>
        <translation>Precinct No. %1 — %2</translation>
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
</context>
</TS>
