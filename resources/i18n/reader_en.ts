<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleSidebar</name>
    <message numerus="yes">
        <location filename="../../reader/ui/article_list.py" line="472"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article_list.py" line="474"/>
        <source>%n article(s) so far, counting…</source>
        <translation>
            <numerusform>%n article so far, counting…</numerusform>
            <numerusform>%n articles so far, counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityIndexModel</name>
    <message numerus="yes">
        <location filename="../../reader/ui/entity_index.py" line="244"/>
        <source>%n article(s) mention this</source>
        <translation>
            <numerusform>%n article mentions this</numerusform>
            <numerusform>%n articles mention this</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/dialogs.py" line="82"/>
        <source>%n file(s) or page(s) could not be imported.</source>
        <translation>
            <numerusform>%n file or page could not be imported.</numerusform>
            <numerusform>%n files or pages could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/dialogs.py" line="84"/>
        <source>%n article(s) were imported from the rest.</source>
        <translation>
            <numerusform>%n article was imported from the rest.</numerusform>
            <numerusform>%n articles were imported from the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/import_options.py" line="25"/>
        <source>Importing %n file(s). Leave a field empty to read it from each page.</source>
        <translation>
            <numerusform>Importing %n file. Leave a field empty to read it from the page.</numerusform>
            <numerusform>Importing %n files. Leave a field empty to read it from each page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="305"/>
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="308"/>
        <source>%n file(s) were already in the library.</source>
        <translation>
            <numerusform>%n file was already in the library.</numerusform>
            <numerusform>%n files were already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="311"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="314"/>
        <source>Some details of %n page(s) disagree or could not be read.</source>
        <translation>
            <numerusform>Some details of %n page disagree or could not be read.</numerusform>
            <numerusform>Some details of %n pages disagree or could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagePropertiesDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/page_properties.py" line="55"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/tag_manager.py" line="255"/>
        <location filename="../../reader/ui/tag_manager.py" line="280"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tag_manager.py" line="256"/>
        <location filename="../../reader/ui/tag_manager.py" line="281"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
</TS>
