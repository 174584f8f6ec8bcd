<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>fl::CompareView</name>
    <message numerus="yes">
      <source>%n change(s), cosine %1, simple %2</source>
      <translation>
        <numerusform>%n change, cosine %1, simple %2</numerusform>
        <numerusform>%n changes, cosine %1, simple %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n change</numerusform>
        <numerusform>%n changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n large region(s) too unlike to align line by line are shown as one change each.</source>
      <translation>
        <numerusform>%n large region too unlike to align line by line is shown as one change each.</numerusform>
        <numerusform>%n large regions too unlike to align line by line are shown as one change each.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>fl::EdgarDialog</name>
    <message numerus="yes">
      <source>%1 (CIK %2): %n filing(s)</source>
      <translation>
        <numerusform>%1 (CIK %2): %n filing</numerusform>
        <numerusform>%1 (CIK %2): %n filings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>fl::EdgarFlow</name>
    <message numerus="yes">
      <source>Downloading %n filing(s) from EDGAR…</source>
      <translation>
        <numerusform>Downloading %n filing from EDGAR…</numerusform>
        <numerusform>Downloading %n filings from EDGAR…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>EDGAR download cancelled: %n filing(s) kept.</source>
      <translation>
        <numerusform>EDGAR download cancelled: %n filing kept.</numerusform>
        <numerusform>EDGAR download cancelled: %n filings kept.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Downloaded %n filing(s) from EDGAR.</source>
      <translation>
        <numerusform>Downloaded %n filing from EDGAR.</numerusform>
        <numerusform>Downloaded %n filings from EDGAR.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n failed: </source>
      <translation>
        <numerusform>%n failed: </numerusform>
        <numerusform>%n failed: </numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>fl::ExportDialog</name>
    <message numerus="yes">
      <source>The %n &amp;selected filing(s)</source>
      <translation>
        <numerusform>The %n &amp;selected filing</numerusform>
        <numerusform>The %n &amp;selected filings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&amp;All %n open filing(s)</source>
      <translation>
        <numerusform>&amp;All %n open filing</numerusform>
        <numerusform>&amp;All %n open filings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>fl::ExportFlow</name>
    <message numerus="yes">
      <source>Exporting %n filing(s)…</source>
      <translation>
        <numerusform>Exporting %n filing…</numerusform>
        <numerusform>Exporting %n filings…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n row(s) on %1 sheets to %2</source>
      <translation>
        <numerusform>Wrote %n row on %1 sheets to %2</numerusform>
        <numerusform>Wrote %n rows on %1 sheets to %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n row(s) to %1</source>
      <translation>
        <numerusform>Wrote %n row to %1</numerusform>
        <numerusform>Wrote %n rows to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> (%n filing(s) could not be read; their rows hold the error)</source>
      <translation>
        <numerusform> (%n filing could not be read; their rows hold the error)</numerusform>
        <numerusform> (%n filings could not be read; their rows hold the error)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n text(s) longer than a cell holds were cut</source>
      <translation>
        <numerusform>; %n text longer than a cell holds was cut</numerusform>
        <numerusform>; %n texts longer than a cell holds were cut</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>fl::FilingListModel</name>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>fl::MainWindow</name>
    <message numerus="yes">
      <source>%n filing(s) contain "%1"</source>
      <translation>
        <numerusform>%n filing contains "%1"</numerusform>
        <numerusform>%n filings contain "%1"</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n filing(s)</source>
      <translation>
        <numerusform>%n filing</numerusform>
        <numerusform>%n filings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n filing(s)</source>
      <translation>
        <numerusform>%1 of %n filing</numerusform>
        <numerusform>%1 of %n filings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Opened %1 of %n filing(s); %2 could not be read (see the Status column).</source>
      <translation>
        <numerusform>Opened %1 of %n filing; %2 could not be read (see the Status column).</numerusform>
        <numerusform>Opened %1 of %n filings; %2 could not be read (see the Status column).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Opened %n filing(s).</source>
      <translation>
        <numerusform>Opened %n filing.</numerusform>
        <numerusform>Opened %n filings.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1: %2, %n line(s)</source>
      <translation>
        <numerusform>%1: %2, %n line</numerusform>
        <numerusform>%1: %2, %n lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Searching the text of %n filing(s)…</source>
      <translation>
        <numerusform>Searching the text of %n filing…</numerusform>
        <numerusform>Searching the text of %n filings…</numerusform>
      </translation>
    </message>
  </context>
</TS>
