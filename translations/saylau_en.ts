<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2, short by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2, over by %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double entry: resolve the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the paper says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both entries agree on every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every difference is resolved: the protocol can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference %1 of %2 (%3 still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1  %1: %2   (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  %1: %2   (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saylau::EntryFormWidget</name>
    <message>
        <source>Votes for each party list, in ballot order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saylau::EntryWindow</name>
    <message>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;Next Precinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;Entry (Blind)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Precinct No.…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In on the Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out of the Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit the Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SaylauDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a precinct in the navigator to enter its protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precinct No. %1 — %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second entry by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified, revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes (kept as a draft)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: precinct %1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered this protocol yourself. The second entry must be typed by another operator, who has not seen the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol is verified.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) you typed were not saved (the program was closed or stopped), the first from %1. Restore them? No discards them.</source>
        <translation>
            <numerusform>%n protocol you typed was not saved (the program was closed or stopped), from %1. Restore it? No discards it.</numerusform>
            <numerusform>%n protocols you typed were not saved (the program was closed or stopped), the first from %1. Restore them? No discards them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saylau::HistoryDialog</name>
    <message>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no precinct No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to precinct No.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saylau::OperatorDialog</name>
    <message>
        <source>Who is entering protocols?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control relations</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the observer who brought the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dictated by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans of the paper protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saylau::TerritoryTreeModel</name>
    <message>
        <source>Precinct No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control relation error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
