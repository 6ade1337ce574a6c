<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../reader/ui/actions.py" line="138" />
            <source>&amp;Import Pages…</source>
            <translation>导入版面(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="140" />
            <source>&amp;Export Annotations as CSV…</source>
            <translation>将标注导出为 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="146" />
            <source>&amp;Open Library…</source>
            <translation>打开资料库(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="147" />
            <source>&amp;New Library…</source>
            <translation>新建资料库(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="150" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="151" />
            <location filename="../../reader/ui/actions.py" line="259" />
            <location filename="../../reader/ui/actions.py" line="106" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="152" />
            <location filename="../../reader/ui/actions.py" line="261" />
            <location filename="../../reader/ui/actions.py" line="108" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="153" />
            <source>&amp;Search Articles</source>
            <translation>搜索文章(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="154" />
            <source>Add &amp;Tag to Article</source>
            <translation>为文章添加标签(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="155" />
            <source>Edit Article &amp;Note</source>
            <translation>编辑文章笔记(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="156" />
            <source>&amp;Annotate Selected Passage…</source>
            <translation>标注所选段落(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="173" />
            <source>&amp;Larger Text</source>
            <translation>放大文字(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="174" />
            <source>&amp;Smaller Text</source>
            <translation>缩小文字(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="175" />
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="176" />
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="177" />
            <source>&amp;Entity Index</source>
            <translation>实体索引(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="182" />
            <source>&amp;System Language</source>
            <translation>跟随系统语言(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="187" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="190" />
            <source>Import newspaper page files into the library</source>
            <translation>将报纸版面文件导入资料库</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="192" />
            <source>Write all tags, notes and passage annotations to a CSV file</source>
            <translation>将所有标签、笔记和段落标注写入 CSV 文件</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="193" />
            <source>Annotate the selected passage with a tag and a note</source>
            <translation>用标签和笔记标注所选段落</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="157" />
            <source>&amp;Manage Tags…</source>
            <translation>管理标签(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="194" />
            <source>Rename, recolour, merge or delete tags</source>
            <translation>重命名、更改颜色、合并或删除标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="148" />
            <source>&amp;Check Library</source>
            <translation>检查资料库(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="149" />
            <source>&amp;Restore from Backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="195" />
            <source>Look for damage in the library file (SQLite's integrity check)</source>
            <translation>检查资料库文件是否损坏（SQLite 完整性检查）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="196" />
            <source>Put back one of the backups kept beside the library</source>
            <translation>用资料库旁保存的备份之一恢复</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="141" />
            <location filename="../../reader/ui/actions.py" line="142" />
            <source>&amp;REFI-QDA Project…</source>
            <translation>REFI-QDA 项目(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="143" />
            <source>&amp;Merge Another Library…</source>
            <translation>合并另一个资料库(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="144" />
            <source>&amp;Coder Name…</source>
            <translation>编码者姓名(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="145" />
            <source>&amp;Agreement Between Coders…</source>
            <translation>编码者一致性(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="197" />
            <source>Import codes, texts, selections and notes from MAXQDA, ATLAS.ti, NVivo or QualCoder</source>
            <translation>从 MAXQDA、ATLAS.ti、NVivo 或 QualCoder 导入代码、文本、片段和备注</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="198" />
            <source>Write the library as a project for MAXQDA, ATLAS.ti, NVivo or QualCoder</source>
            <translation>将资料库导出为 MAXQDA、ATLAS.ti、NVivo 或 QualCoder 项目</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="199" />
            <source>Add another reader library's articles and coding to this one</source>
            <translation>把另一个 reader 资料库的文章和编码加入本资料库</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="200" />
            <source>The name stored with every tag, note and annotation you make</source>
            <translation>您所做的每个标签、笔记和标注都会记下这个名字</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="201" />
            <source>Percent agreement, Cohen's kappa and Krippendorff's alpha of two coders</source>
            <translation>两位编码者的百分比一致性、Cohen κ 和 Krippendorff α</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="139" />
            <source>Import &amp;Folder…</source>
            <translation>导入文件夹(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="158" />
            <source>&amp;Split Article Here…</source>
            <translation>在此拆分文章(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="159" />
            <source>Split at This &amp;Sentence…</source>
            <translation>在此句拆分(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="160" />
            <source>Merge with &amp;Previous Article…</source>
            <translation>与上一篇文章合并(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="161" />
            <source>Merge with &amp;Next Article…</source>
            <translation>与下一篇文章合并(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="162" />
            <source>&amp;Edit Text…</source>
            <translation>编辑文字(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="163" />
            <source>&amp;Drop as Page Furniture</source>
            <translation>作为版面杂项删去(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="164" />
            <source>De&amp;lete Article</source>
            <translation>删除文章(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="165" />
            <source>&amp;Join with Continuation</source>
            <translation>与续文连接(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="166" />
            <source>&amp;Trash…</source>
            <translation>回收站(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="167" />
            <source>&amp;Raw Page</source>
            <translation>原始版面(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="202" />
            <source>The text from the paragraph at the cursor on becomes a new article</source>
            <translation>从光标所在段落起的文字成为一篇新文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="203" />
            <source>Mend the text of the paragraph or headline at the cursor</source>
            <translation>修改光标所在段落或标题的文字</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="204" />
            <source>Take the paragraph or headline at the cursor out of the article as page furniture</source>
            <translation>将光标所在段落或标题作为版面杂项移出文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="205" />
            <source>Move the article into the trash</source>
            <translation>将文章移入回收站</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="206" />
            <source>Read this article and its continuation on another page as one</source>
            <translation>把本文与它在另一版的续文作为一篇阅读</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="207" />
            <source>Show the page's text as imported, and where each line went</source>
            <translation>显示导入时的版面文字，以及每一行的去向</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="170" />
            <source>Page &amp;Properties…</source>
            <translation>版面属性(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="171" />
            <source>Copy &amp;Citation</source>
            <translation>复制引文(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="172" />
            <source>Copy Citation (&amp;English Style)</source>
            <translation>复制引文（英文格式）(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="210" />
            <source>Newspaper, date, page and section of the selected articles' pages</source>
            <translation>所选文章所在版面的报纸、日期、版次和版名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="211" />
            <source>Copy the article's reference (GB/T 7714), with the selected passage if any</source>
            <translation>复制文章的参考文献（GB/T 7714），如选中片段则一并复制</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="212" />
            <source>Copy the article's reference in a plain English style</source>
            <translation>以简明英文格式复制文章的参考文献</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="178" />
            <source>&amp;Next Search Hit</source>
            <translation>下一个搜索结果(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="179" />
            <source>&amp;Previous Search Hit</source>
            <translation>上一个搜索结果(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="180" />
            <source>&amp;Concordance…</source>
            <translation>语境索引(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="181" />
            <source>S&amp;tatistics and Charts…</source>
            <translation>统计与图表(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="213" />
            <source>Every hit of a query, an entity or a tag's passages with its context</source>
            <translation>检索词、实体或某标签片段的每一处出现及其上下文</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="214" />
            <source>Timelines, facets, top entities, co-occurrence and tag matrices, as charts and tables</source>
            <translation>时间线、分面、高频实体、共现和标签矩阵，以图表和表格呈现</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="168" />
            <source>&amp;PDF Page</source>
            <translation>PDF 版面(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="169" />
            <source>Copy Imported &amp;PDFs Beside the Library</source>
            <translation>将导入的 PDF 复制到资料库旁(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="191" />
            <source>Import every page file (*.txt, *.pdf) of a folder and its subfolders</source>
            <translation>导入一个文件夹及其子文件夹中的所有版面文件（*.txt、*.pdf）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="208" />
            <source>Show the PDF page the article was printed on, with its region outlined</source>
            <translation>显示刊登这篇文章的 PDF 版面，并框出文章所在区域</translation>
        </message>
        <message>
            <location filename="../../reader/ui/actions.py" line="209" />
            <source>Copy each imported PDF into a folder beside the library, and read it from there</source>
            <translation>把每个导入的 PDF 复制到资料库旁的文件夹中，并从那里读取</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="70" />
            <source>Agreement Between Coders</source>
            <translation>编码者一致性</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="71" />
            <source>Coder A:</source>
            <translation>编码者 A：</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="72" />
            <source>Coder B:</source>
            <translation>编码者 B：</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="73" />
            <source>Compute</source>
            <translation>计算</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="75" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="75" />
            <source>Measured on</source>
            <translation>计算对象</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="75" />
            <source>Both</source>
            <translation>两者都有</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="75" />
            <source>Only A</source>
            <translation>仅 A</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="75" />
            <source>Only B</source>
            <translation>仅 B</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="76" />
            <source>Neither</source>
            <translation>两者都无</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="76" />
            <source>% agreement</source>
            <translation>一致率 %</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="76" />
            <source>κ / α</source>
            <translation>κ / α</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="76" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="84" />
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="94" />
            <source>%1 and %2: %3</source>
            <translation>%1 与 %2：%3</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="98" />
            <source>%1 and %2 both coded %3 article(s). Articles: Cohen's κ on tag present / absent; passages: Krippendorff's α over characters.</source>
            <translation>%1 与 %2 共同编码了 %3 篇文章。文章：按有无标签计算 Cohen κ；片段：按字符计算 Krippendorff α。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="103" />
            <source>articles</source>
            <translation>文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/agreement_dialog.py" line="106" />
            <source>characters</source>
            <translation>字符</translation>
        </message>
    </context>
    <context>
        <name>AnalysisViews</name>
        <message>
            <location filename="../../reader/ui/analysis_views.py" line="139" />
            <source>Merge Entity</source>
            <translation>合并实体</translation>
        </message>
        <message>
            <location filename="../../reader/ui/analysis_views.py" line="140" />
            <source>Count «%1» as (the canonical name):</source>
            <translation>将«%1»计为（规范名称）：</translation>
        </message>
    </context>
    <context>
        <name>AnnotatePopup</name>
        <message>
            <location filename="../../reader/ui/annotate_popup.py" line="14" />
            <source>Annotate passage</source>
            <translation>标注段落</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotate_popup.py" line="19" />
            <source>Tag (optional)</source>
            <translation>标签（可选）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotate_popup.py" line="24" />
            <source>Note (optional)</source>
            <translation>笔记（可选）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotate_popup.py" line="34" />
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotate_popup.py" line="35" />
            <source>Note:</source>
            <translation>笔记：</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEditor</name>
        <message>
            <location filename="../../reader/ui/annotation_editor.py" line="28" />
            <source>Edit Annotation</source>
            <translation>编辑标注</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_editor.py" line="35" />
            <source>Tag (optional)</source>
            <translation>标签（可选）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_editor.py" line="42" />
            <source>Note (optional)</source>
            <translation>笔记（可选）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_editor.py" line="52" />
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_editor.py" line="53" />
            <source>Note:</source>
            <translation>笔记：</translation>
        </message>
    </context>
    <context>
        <name>AnnotationListModel</name>
        <message>
            <location filename="../../reader/ui/annotation_model.py" line="49" />
            <source>(passage no longer found)</source>
            <translation>（原段落已找不到）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_model.py" line="51" />
            <source>(its text was edited)</source>
            <translation>（其文字已被修改）</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <location filename="../../reader/ui/annotation_panel.py" line="71" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_panel.py" line="77" />
            <source>Add a tag (Enter)</source>
            <translation>输入标签，回车添加</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_panel.py" line="84" />
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_panel.py" line="87" />
            <source>Your note on this article</source>
            <translation>你对这篇文章的笔记</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_panel.py" line="93" />
            <source>Annotated passages</source>
            <translation>已标注的段落</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_panel.py" line="311" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_panel.py" line="314" />
            <source>Go to Passage</source>
            <translation>转到段落</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotation_panel.py" line="319" />
            <source>Delete annotation</source>
            <translation>删除标注</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../reader/ui/app.py" line="78" />
            <source>Sample Page</source>
            <translation>示例版面</translation>
        </message>
        <message>
            <location filename="../../reader/ui/app.py" line="79" />
            <source>The sample page could not be imported: %1</source>
            <translation>无法导入示例版面：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/app.py" line="97" />
            <source>Cannot Open Library</source>
            <translation>无法打开资料库</translation>
        </message>
        <message>
            <location filename="../../reader/ui/app.py" line="98" />
            <source>Open or create another library instead?</source>
            <translation>要改为打开或新建另一个资料库吗？</translation>
        </message>
    </context>
    <context>
        <name>ArticleDelegate</name>
        <message>
            <location filename="../../reader/ui/article_list_model.py" line="311" />
            <source>%n hit(s)</source>
            <translation>%n 处</translation>
        </message>
    </context>
    <context>
        <name>ArticleListModel</name>
        <message>
            <location filename="../../reader/ui/article_list_model.py" line="181" />
            <source>? The parser is unsure where this article starts or ends, or of its title: check it.</source>
            <translation>? 解析器不能确定本文的起止或标题：请检查。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list_model.py" line="183" />
            <source>✎ Corrected by hand.</source>
            <translation>✎ 已手工更正。</translation>
        </message>
    </context>
    <context>
        <name>ArticleSidebar</name>
        <message>
            <location filename="../../reader/ui/article_list.py" line="166" />
            <source>Search articles</source>
            <translation>搜索文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="168" />
            <source>Type one or more characters; Enter opens the first result.</source>
            <translation>输入一个或多个字符；按回车打开第一个结果。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="169" />
            <source>公安 民警 — both words
公安 OR 民警 — either word
-民警 — without this word
"民警 赵晨然" — exactly this phrase
title:韩雪, byline:韩雪 — only in the title, the byline (also kicker:, subtitle:, body:)
Traditional and simplified characters find each other; F3 goes to the next hit.</source>
            <translation>公安 民警 —— 两个词都有
公安 OR 民警 —— 任一词
-民警 —— 不含此词
"民警 赵晨然" —— 完全一致的短语
title:韩雪、byline:韩雪 —— 只在标题、署名中（还有 kicker:、subtitle:、body:）
繁体和简体字可互相查到；F3 跳到下一个结果。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="174" />
            <source>Click to remove this filter</source>
            <translation>点击移除此筛选</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="175" />
            <source>Show only articles with this tag</source>
            <translation>只显示带有此标签的文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="176" />
            <source>Show only what this coder tagged, noted or annotated</source>
            <translation>只显示此编码者加标签、写笔记或标注的内容</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="177" />
            <source>Show only articles from this file</source>
            <translation>只显示这个文件的文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="216" />
            <location filename="../../reader/ui/article_list.py" line="226" />
            <source>All files</source>
            <translation>所有文件</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="178" />
            <source>Click to show articles with any entity again</source>
            <translation>点击取消实体筛选，重新显示全部文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="179" />
            <source>Show only the articles the parser is unsure of (marked ?), to check them first</source>
            <translation>只显示解析器没有把握的文章（标有 ?），以便先行检查</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="210" />
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="212" />
            <source>All coders</source>
            <translation>全部编码者</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="227" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="458" />
            <source>%1: %2  ✕</source>
            <translation>%1：%2  ✕</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_list.py" line="466" />
            <source>To check (%1)</source>
            <translation>待检查（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/article_list.py" line="472" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n 篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/article_list.py" line="474" />
            <source>%n article(s) so far, counting…</source>
            <translation>
                <numerusform>已找到 %n 篇文章，仍在统计…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleTitles</name>
        <message>
            <location filename="../../reader/ui/article_titles.py" line="11" />
            <source>(untitled)</source>
            <translation>（无标题）</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <location filename="../../reader/ui/article_view.py" line="176" />
            <source>— continued on page %1 —</source>
            <translation>—— 转第 %1 版 ——</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_view.py" line="365" />
            <source>Mark as</source>
            <translation>标记为</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_view.py" line="373" />
            <source>Annotate passage…</source>
            <translation>标注段落…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_view.py" line="382" />
            <source>Change «{text}» to</source>
            <translation>将«{text}»改为</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_view.py" line="396" />
            <source>Remove entity «{text}» ({type})</source>
            <translation>移除实体“{text}”（{type}）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_view.py" line="427" />
            <source>{type}: «{text}»</source>
            <translation>{type}：“{text}”</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_view.py" line="431" />
            <source>(your correction)</source>
            <translation>（你的更正）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/article_view.py" line="434" />
            <source>Annotation</source>
            <translation>标注</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTasks</name>
        <message>
            <location filename="../../reader/ui/tasks.py" line="109" />
            <location filename="../../reader/ui/tasks.py" line="121" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tasks.py" line="115" />
            <source>Importing %1 of %2: %3</source>
            <translation>正在导入第 %1 个（共 %2 个）：%3</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tasks.py" line="129" />
            <location filename="../../reader/ui/tasks.py" line="155" />
            <source>Recognising entities…</source>
            <translation>正在识别实体…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tasks.py" line="156" />
            <source>Recognising entities: %1 of %2</source>
            <translation>正在识别实体：%1 / %2</translation>
        </message>
    </context>
    <context>
        <name>BackupChooser</name>
        <message>
            <location filename="../../reader/ui/library_health.py" line="108" />
            <source>Restore from Backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="110" />
            <source>Choose the backup to put back. What the library holds now is kept beside it as a copy.</source>
            <translation>请选择要恢复的备份。资料库现在的内容会在旁边另存一份副本。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="118" />
            <source>daily</source>
            <translation>每日备份</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="118" />
            <source>before an upgrade</source>
            <translation>升级前备份</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="126" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="134" />
            <source>There are no backups beside this library.</source>
            <translation>此资料库旁没有备份。</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <location filename="../../reader/ui/chart_panel.py" line="52" />
            <source>Save PNG…</source>
            <translation>保存 PNG…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/chart_panel.py" line="53" />
            <source>Save SVG…</source>
            <translation>保存 SVG…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/chart_panel.py" line="54" />
            <source>Save Table as CSV…</source>
            <translation>将表格保存为 CSV…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/chart_panel.py" line="78" />
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/chart_panel.py" line="78" />
            <source>SVG images (*.svg)</source>
            <translation>SVG 图像 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/chart_panel.py" line="78" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/chart_panel.py" line="79" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../reader/ui/chart_panel.py" line="84" />
            <source>Could not save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>ConcordanceDock</name>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="247" />
            <source>Concordance</source>
            <translation>语境索引</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="248" />
            <source>Query</source>
            <translation>检索词</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="248" />
            <source>Entity</source>
            <translation>实体</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="248" />
            <source>Tag's passages</source>
            <translation>标签片段</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="250" />
            <source>by date</source>
            <translation>按日期</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="250" />
            <source>by newspaper</source>
            <translation>按报纸</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="250" />
            <source>by left context</source>
            <translation>按左侧上下文</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="250" />
            <source>by right context</source>
            <translation>按右侧上下文</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="253" />
            <source>Characters of context on each side</source>
            <translation>每侧上下文的字数</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="254" />
            <source>Left context is read backwards from the hit</source>
            <translation>左侧上下文从命中处向前读</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="255" />
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="256" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="257" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="263" />
            <source>Search syntax, as in the search box</source>
            <translation>检索语法，与搜索框相同</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="263" />
            <source>Entity name</source>
            <translation>实体名称</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="264" />
            <source>Tag name</source>
            <translation>标签名称</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="386" />
            <source>%1 hit(s) in %2 article(s)</source>
            <translation>%2 篇文章中 %1 处</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="388" />
            <source>(the first %1 shown)</source>
            <translation>（显示前 %1 条）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="390" />
            <source>Cancelled: %1 hit(s) shown</source>
            <translation>已取消：显示 %1 处</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="392" />
            <source>%1 hit(s) so far, reading…</source>
            <translation>目前 %1 处，正在读取…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="394" />
            <source>(sorted when all are in)</source>
            <translation>（全部读完后排序）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="406" />
            <source>Export Concordance</source>
            <translation>导出语境索引</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="406" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="414" />
            <source>Could not export to %1: %2</source>
            <translation>无法导出到 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>CopyPdfs</name>
        <message>
            <location filename="../../reader/ui/copy_pdfs.py" line="41" />
            <source>Copy PDFs beside the library?</source>
            <translation>把 PDF 复制到资料库旁？</translation>
        </message>
        <message>
            <location filename="../../reader/ui/copy_pdfs.py" line="42" />
            <source>Copy the PDFs you import into %1, beside the library?

Then the library and that folder hold everything: moving or deleting the original PDFs does not take their pages away from the page view. Without copies, reader reads each PDF where it was imported from, and asks you to locate it if it moves.

You can change this later under Settings ▸ Copy Imported PDFs Beside the Library.</source>
            <translation>把导入的 PDF 复制到资料库旁的 %1 中？

这样资料库和该文件夹就包含了全部内容：移动或删除原来的 PDF 不会让版面视图失去这些版面。不复制时，reader 从导入时的位置读取每个 PDF，文件移动后会请你重新定位。

以后可以在“设置 ▸ 将导入的 PDF 复制到资料库旁”中更改。</translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="37" />
            <source>Paragraph</source>
            <translation>段落</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="37" />
            <source>Sub-heading</source>
            <translation>小标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="37" />
            <source>Caption</source>
            <translation>图片说明</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="38" />
            <source>Kicker</source>
            <translation>引题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="38" />
            <source>Title</source>
            <translation>主标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="38" />
            <source>Subtitle</source>
            <translation>副标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="38" />
            <source>Dateline</source>
            <translation>电头</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="39" />
            <source>Byline</source>
            <translation>署名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="80" />
            <source>Change &amp;Role To</source>
            <translation>更改角色为(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="168" />
            <source>Split article</source>
            <translation>拆分文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="201" />
            <source>Merge articles</source>
            <translation>合并文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="214" />
            <location filename="../../reader/ui/raw_page_ui.py" line="117" />
            <source>Drop as page furniture</source>
            <translation>作为版面杂项删去</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="214" />
            <location filename="../../reader/ui/raw_page_ui.py" line="123" />
            <source>Change role</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="232" />
            <source>Mend the text (a wrong or missing character):</source>
            <translation>修改文字（错字或漏字）：</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="238" />
            <source>Edit text</source>
            <translation>编辑文字</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="245" />
            <source>Delete article</source>
            <translation>删除文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="248" />
            <source>Restore article</source>
            <translation>恢复文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="279" />
            <source>Join with continuation</source>
            <translation>与续文连接</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="345" />
            <source>Correct</source>
            <translation>更正</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="79" />
            <source>&amp;Correct</source>
            <translation>更正(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="136" />
            <source>Put the cursor in the paragraph the new article starts with.</source>
            <translation>请把光标放在新文章开头的段落中。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="147" />
            <source>The article's text starts here: there is nothing before it to keep.</source>
            <translation>文章的文字从这里开始：前面没有可保留的内容。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="208" />
            <source>Put the cursor in the paragraph or headline to change.</source>
            <translation>请把光标放在要更改的段落或标题中。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="221" />
            <source>Put the cursor in the paragraph or headline to edit.</source>
            <translation>请把光标放在要编辑的段落或标题中。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="285" />
            <source>No continuation of this article was found on another page of the same paper and day.</source>
            <translation>在同一报纸同一天的其他版面上没有找到本文的续文。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="187" />
            <source>There is no article before it on its page.</source>
            <translation>在本版上它前面没有文章。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/corrections_ui.py" line="187" />
            <source>There is no article after it on its page.</source>
            <translation>在本版上它后面没有文章。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page_ui.py" line="129" />
            <source>Put a line back</source>
            <translation>放回一行</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page_ui.py" line="95" />
            <source>That line is not inside its article's text, after its start: there is nothing to split off.</source>
            <translation>该行不在其文章开头之后的正文中：没有可拆分的内容。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page_ui.py" line="109" />
            <source>There is no article above it on its page.</source>
            <translation>在本版上它上面没有文章。</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../reader/ui/crash_report.py" line="64" />
            <source>Unexpected Error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../reader/ui/crash_report.py" line="67" />
            <source>reader ran into an unexpected error: %1

Everything you did before was saved as you did it. The details are in %2; please send them with a description of what you were doing.</source>
            <translation>reader 遇到意外错误：%1

您此前的每一步操作都已随时保存。详细信息记录在 %2；请连同您当时所做操作的说明一并发送给我们。</translation>
        </message>
    </context>
    <context>
        <name>DateRangeDialog</name>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="44" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="50" />
            <source>YYYY-MM-DD, or empty</source>
            <translation>YYYY-MM-DD，或留空</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="58" />
            <source>From</source>
            <translation>起</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="59" />
            <source>To</source>
            <translation>止</translation>
        </message>
    </context>
    <context>
        <name>EditTextDialog</name>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="117" />
            <source>Edit Text</source>
            <translation>编辑文字</translation>
        </message>
    </context>
    <context>
        <name>EntityIndexDock</name>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="335" />
            <source>Entity Index</source>
            <translation>实体索引</translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="336" />
            <source>Filter entities</source>
            <translation>筛选实体</translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="422" />
            <location filename="../../reader/ui/entity_index.py" line="438" />
            <source>Suggest Merges…</source>
            <translation>建议合并…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="427" />
            <source>Show in Concordance</source>
            <translation>在语境索引中显示</translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="428" />
            <source>Merge into…</source>
            <translation>合并到…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="429" />
            <source>Change Type</source>
            <translation>更改类型</translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="436" />
            <source>Separate Its Variants</source>
            <translation>拆开其变体</translation>
        </message>
    </context>
    <context>
        <name>EntityIndexModel</name>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="224" />
            <source>{type} ({count})</source>
            <translation>{type}（{count}）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="229" />
            <source>Different entities of this type containing “{text}”</source>
            <translation>此类型中包含“{text}”的不同实体</translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="230" />
            <source>Number of different entities of this type</source>
            <translation>此类型下不同实体的数量</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/entity_index.py" line="244" />
            <source>%n article(s) mention this</source>
            <translation>
                <numerusform>%n 篇文章提到</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="260" />
            <source>Entity</source>
            <translation>实体</translation>
        </message>
        <message>
            <location filename="../../reader/ui/entity_index.py" line="260" />
            <source>Articles</source>
            <translation>文章数</translation>
        </message>
    </context>
    <context>
        <name>EntityLabels</name>
        <message>
            <location filename="../../reader/ui/palette.py" line="67" />
            <source>People</source>
            <translation>人名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/palette.py" line="68" />
            <source>Places</source>
            <translation>地名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/palette.py" line="69" />
            <source>Organisations</source>
            <translation>机构</translation>
        </message>
        <message>
            <location filename="../../reader/ui/palette.py" line="70" />
            <source>Times</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../reader/ui/palette.py" line="71" />
            <source>Numbers</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../reader/ui/palette.py" line="72" />
            <source>Titles</source>
            <translation>作品</translation>
        </message>
    </context>
    <context>
        <name>EntityLegend</name>
        <message>
            <location filename="../../reader/ui/entity_legend.py" line="54" />
            <source>Show or hide highlighted {type}</source>
            <translation>显示或隐藏{type}的高亮</translation>
        </message>
    </context>
    <context>
        <name>IdentityFilters</name>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="123" />
            <source>Page order</source>
            <translation>版面顺序</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="123" />
            <source>Date, oldest first</source>
            <translation>日期，最早的在前</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="123" />
            <source>Date, newest first</source>
            <translation>日期，最新的在前</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="124" />
            <source>Newspaper</source>
            <translation>报纸</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="124" />
            <source>Page</source>
            <translation>版次</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="124" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="128" />
            <source>Order of the list</source>
            <translation>列表顺序</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="129" />
            <source>Show only pages of these dates</source>
            <translation>只显示这些日期的版面</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="130" />
            <source>Show only this newspaper</source>
            <translation>只显示这份报纸</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="131" />
            <source>Show only this section</source>
            <translation>只显示此版名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="132" />
            <source>Show only this page</source>
            <translation>只显示此版次</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="136" />
            <source>All newspapers</source>
            <translation>全部报纸</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="136" />
            <source>All sections</source>
            <translation>全部版名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="136" />
            <source>Any page</source>
            <translation>任意版次</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="197" />
            <location filename="../../reader/ui/identity_filters.py" line="216" />
            <location filename="../../reader/ui/identity_filters.py" line="230" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="207" />
            <location filename="../../reader/ui/identity_filters.py" line="249" />
            <source>Any date</source>
            <translation>任意日期</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="208" />
            <source>Choose dates…</source>
            <translation>选择日期…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/identity_filters.py" line="223" />
            <source>All of %1</source>
            <translation>%1 全部</translation>
        </message>
    </context>
    <context>
        <name>ImportErrorsDialog</name>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="79" />
            <source>Import Problems</source>
            <translation>导入问题</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/dialogs.py" line="82" />
            <source>%n file(s) or page(s) could not be imported.</source>
            <translation>
                <numerusform>%n 个文件或版面无法导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/dialogs.py" line="84" />
            <source>%n article(s) were imported from the rest.</source>
            <translation>
                <numerusform>其余部分已导入 %n 篇文章。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="88" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="88" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>ImportOptionsDialog</name>
        <message>
            <location filename="../../reader/ui/import_options.py" line="22" />
            <source>Import Pages</source>
            <translation>导入版面</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/import_options.py" line="25" />
            <source>Importing %n file(s). Leave a field empty to read it from each page.</source>
            <translation>
                <numerusform>正在导入 %n 个文件。留空的项将从每个版面读取。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reader/ui/import_options.py" line="29" />
            <source>File name pattern</source>
            <translation>文件名模式</translation>
        </message>
        <message>
            <location filename="../../reader/ui/import_options.py" line="29" />
            <source>Newspaper</source>
            <translation>报纸</translation>
        </message>
        <message>
            <location filename="../../reader/ui/import_options.py" line="29" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../reader/ui/import_options.py" line="30" />
            <source>Page</source>
            <translation>版次</translation>
        </message>
        <message>
            <location filename="../../reader/ui/import_options.py" line="30" />
            <source>Section</source>
            <translation>版名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/import_options.py" line="33" />
            <location filename="../../reader/ui/import_options.py" line="34" />
            <source>detect</source>
            <translation>自动识别</translation>
        </message>
        <message>
            <location filename="../../reader/ui/import_options.py" line="48" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>JoinBar</name>
        <message>
            <location filename="../../reader/ui/join_bar.py" line="40" />
            <source>Join</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../reader/ui/join_bar.py" line="41" />
            <source>Read the two parts as one article (Ctrl+Z undoes it)</source>
            <translation>把两部分作为一篇文章阅读（Ctrl+Z 可撤销）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/join_bar.py" line="59" />
            <source>This article seems to continue on page %1: «%2».</source>
            <translation>本文似乎在第 %1 版继续：«%2»。</translation>
        </message>
    </context>
    <context>
        <name>KwicModel</name>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="151" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="151" />
            <source>Newspaper</source>
            <translation>报纸</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="151" />
            <source>Title</source>
            <translation>主标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="151" />
            <source>Left</source>
            <translation>左</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="151" />
            <source>Hit</source>
            <translation>命中</translation>
        </message>
        <message>
            <location filename="../../reader/ui/concordance_view.py" line="151" />
            <source>Right</source>
            <translation>右</translation>
        </message>
    </context>
    <context>
        <name>LibraryController</name>
        <message>
            <location filename="../../reader/ui/controller.py" line="181" />
            <source>The library stayed locked by another program, so these changes were not saved: %1</source>
            <translation>资料库一直被其他程序锁定，以下更改未能保存：%1</translation>
        </message>
    </context>
    <context>
        <name>LibraryErrors</name>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="137" />
            <source>Cannot Open Library</source>
            <translation>无法打开资料库</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="146" />
            <source>Reader libraries (*.db);;All files (*)</source>
            <translation>Reader 资料库 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="112" />
            <source>The library “%1” is damaged or is not a reader library. It has not been changed.</source>
            <translation>资料库“%1”已损坏，或不是 reader 资料库。该文件未被改动。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="114" />
            <source>The library “%1” was saved by a newer version of reader. Update reader to open it; the file has not been changed.</source>
            <translation>资料库“%1”由更新版本的 reader 保存。请升级 reader 后再打开；该文件未被改动。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="149" />
            <location filename="../../reader/ui/dialogs.py" line="152" />
            <source>New Library</source>
            <translation>新建资料库</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="155" />
            <source>Open Library</source>
            <translation>打开资料库</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="116" />
            <source>The library “%1” is in use by another program. Close that program and try again.</source>
            <translation>资料库“%1”正被其他程序使用。请关闭该程序后重试。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="118" />
            <source>The library “%1” cannot be written. Check the permissions of the file and its folder.</source>
            <translation>资料库“%1”无法写入。请检查该文件及其所在文件夹的权限。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="120" />
            <source>The library “%1” could not be opened.</source>
            <translation>无法打开资料库“%1”。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="152" />
            <source>“%1” exists already; use Open Library to open it.</source>
            <translation>“%1”已存在；请用“打开资料库”打开它。</translation>
        </message>
    </context>
    <context>
        <name>LibraryHealth</name>
        <message>
            <location filename="../../reader/ui/library_health.py" line="173" />
            <location filename="../../reader/ui/library_health.py" line="180" />
            <source>Checking the library…</source>
            <translation>正在检查资料库…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="173" />
            <source>Restoring the library…</source>
            <translation>正在恢复资料库…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="214" />
            <source>The Library Is Damaged</source>
            <translation>资料库已损坏</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="218" />
            <source>Nothing more is written to it in this session; reading, searching and exporting still work.</source>
            <translation>本次会话中不会再向其中写入任何内容；仍可阅读、搜索和导出。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="227" />
            <source>There is no backup beside it. File ▸ Check Library tells what is damaged.</source>
            <translation>旁边没有备份。“文件 ▸ 检查资料库”可查看损坏之处。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="217" />
            <source>%1 is damaged: %2</source>
            <translation>%1 已损坏：%2</translation>
        </message>
        <message>
            <location filename="../../reader/ui/library_health.py" line="222" />
            <source>The newest backup is %1, made %2. File ▸ Restore from Backup… puts it back.</source>
            <translation>最新的备份是 %1，制作于 %2。可用“文件 ▸ 从备份恢复…”恢复。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../reader/ui/main_window.py" line="207" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="208" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="209" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="210" />
            <source>Open &amp;Recent Library</source>
            <translation>打开最近的资料库(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="211" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="212" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="213" />
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="214" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="215" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="216" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="48" />
            <source>The new language is used from the next start of reader.</source>
            <translation>新的界面语言将在下次启动 reader 时生效。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="47" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/main_window.py" line="308" />
            <source>%n file(s) were already in the library.</source>
            <translation>
                <numerusform>%n 个文件已在资料库中。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/main_window.py" line="314" />
            <source>Some details of %n page(s) disagree or could not be read.</source>
            <translation>
                <numerusform>有 %n 个版面的部分信息相互矛盾或无法读取。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="425" />
            <source>No article matches the search and filters.</source>
            <translation>没有文章符合搜索和筛选条件。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="434" />
            <source>(in memory)</source>
            <translation>（内存中）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="435" />
            <source>%1 — Reader</source>
            <translation>%1 — Reader</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_files.py" line="40" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/file_dialogs.py" line="33" />
            <source>Import Pages</source>
            <translation>导入版面</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_files.py" line="97" />
            <source>An import is already running.</source>
            <translation>已有一个导入任务正在进行。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/main_window.py" line="305" />
            <source>Imported %n article(s).</source>
            <translation>
                <numerusform>已导入 %n 篇文章。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_files.py" line="107" />
            <source>Import cancelled.</source>
            <translation>导入已取消。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="465" />
            <source>Entity recognition stopped: %1</source>
            <translation>实体识别已停止：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/file_dialogs.py" line="52" />
            <source>Export Annotations</source>
            <translation>导出标注</translation>
        </message>
        <message>
            <location filename="../../reader/ui/file_dialogs.py" line="52" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_files.py" line="151" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_files.py" line="156" />
            <source>Could not export to %1: %2</source>
            <translation>无法导出到 %1：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/main_window.py" line="311" />
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>已将 %n 行导出到 %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_files.py" line="168" />
            <source>This needs a library saved in a file; use File ▸ New Library.</source>
            <translation>此操作需要保存在文件中的资料库；请使用“文件 ▸ 新建资料库”。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/main_window.py" line="488" />
            <source>Reader</source>
            <translation>Reader</translation>
        </message>
        <message>
            <location filename="../../reader/ui/file_dialogs.py" line="42" />
            <source>Import Folder</source>
            <translation>导入文件夹</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="40" />
            <source>This library is damaged, so edits are off. File ▸ Restore from Backup… puts a backup back.</source>
            <translation>此资料库已损坏，因此无法编辑。可用“文件 ▸ 从备份恢复…”恢复备份。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="58" />
            <source>The library is damaged; edits are off.</source>
            <translation>资料库已损坏；无法编辑。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="106" />
            <source>The backup was restored.</source>
            <translation>备份已恢复。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="33" />
            <source>The library is busy (another program is writing); retrying…</source>
            <translation>资料库正忙（其他程序正在写入）；正在重试…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="35" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="73" />
            <source>A check of the library is running already.</source>
            <translation>资料库检查已在进行中。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="42" />
            <source>This library is read-only (%1), so edits are off: you can read, search and export.</source>
            <translation>此资料库为只读（%1），因此无法编辑：仍可阅读、搜索和导出。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="82" />
            <source>The library is sound: no damage found.</source>
            <translation>资料库完好：未发现损坏。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="80" />
            <source>The library could not be checked: %1</source>
            <translation>无法检查资料库：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/window_health.py" line="84" />
            <source>The backup could not be restored: %1</source>
            <translation>无法恢复备份：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/file_dialogs.py" line="33" />
            <source>Page files (*.txt *.pdf);;Page text files (*.txt);;PDF files (*.pdf);;All files (*)</source>
            <translation>版面文件 (*.txt *.pdf);;版面文本文件 (*.txt);;PDF 文件 (*.pdf);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="86" />
            <source>Merge Articles</source>
            <translation>合并文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="88" />
            <source>The later article's headline «%1»:</source>
            <translation>后一篇文章的标题«%1»：</translation>
        </message>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="91" />
            <source>becomes body text (it was the start of a paragraph)</source>
            <translation>成为正文（它原是一个段落的开头）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="92" />
            <source>becomes a sub-heading</source>
            <translation>成为小标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="93" />
            <source>is dropped (it was not text of the article)</source>
            <translation>删去（它不是文章的文字）</translation>
        </message>
    </context>
    <context>
        <name>PageActions</name>
        <message>
            <location filename="../../reader/ui/page_actions.py" line="33" />
            <source>Select an article first.</source>
            <translation>请先选择一篇文章。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_actions.py" line="57" />
            <source>Open an article to cite it.</source>
            <translation>请打开一篇文章以引用。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_actions.py" line="60" />
            <source>Citation copied.</source>
            <translation>引文已复制。</translation>
        </message>
    </context>
    <context>
        <name>PagePropertiesDialog</name>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="45" />
            <source>Page Properties</source>
            <translation>版面属性</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/page_properties.py" line="55" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 个版面</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="62" />
            <source>Newspaper</source>
            <translation>报纸</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="62" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="62" />
            <source>Page</source>
            <translation>版次</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="63" />
            <source>Section</source>
            <translation>版名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="72" />
            <source>Detect</source>
            <translation>自动识别</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="73" />
            <source>Use what the page header and the file name say</source>
            <translation>采用版头和文件名给出的值</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="106" />
            <source>(not known)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="108" />
            <source>(various)</source>
            <translation>（多种）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="112" />
            <location filename="../../reader/ui/page_properties.py" line="148" />
            <source>set by you</source>
            <translation>由您设置</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="113" />
            <source>given at import</source>
            <translation>导入时给定</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="114" />
            <source>from the page header</source>
            <translation>来自版头</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="115" />
            <source>from the file name</source>
            <translation>来自文件名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="116" />
            <source>from the issue's other pages</source>
            <translation>来自本期其他版面</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="117" />
            <source>from the PDF metadata</source>
            <translation>来自 PDF 元数据</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="123" />
            <source>will follow the page header and the file name</source>
            <translation>将采用版头和文件名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="126" />
            <source>various origins</source>
            <translation>多种来源</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="136" />
            <source>Editors: %1</source>
            <translation>编辑：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="138" />
            <source>Issue: %1</source>
            <translation>期号：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="140" />
            <source>Serial: %1</source>
            <translation>刊号：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_properties.py" line="155" />
            <source>(detected)</source>
            <translation>（自动识别）</translation>
        </message>
    </context>
    <context>
        <name>PageView</name>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="34" />
            <source>Locate the PDF</source>
            <translation>定位 PDF</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="34" />
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="164" />
            <source>No article is open.</source>
            <translation>没有打开的文章。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="264" />
            <source>%1 is not the PDF this page came from (its content differs); choose the file as it was imported.</source>
            <translation>%1 不是这个版面所来自的 PDF（内容不同）；请选择导入时的那个文件。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="265" />
            <source>%1 could not be read.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="171" />
            <source>This article comes from a text page: there is no PDF page to show. View ▸ Raw Page shows the page as it was imported.</source>
            <translation>这篇文章来自文本版面，没有可显示的 PDF 版面。“视图 ▸ 原始版面”可显示导入时的版面。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="238" />
            <source>The PDF of this page is not at %1 any more (moved, renamed or deleted). Locate… it to see the page again.</source>
            <translation>这个版面的 PDF 已不在 %1（被移动、改名或删除）。请“定位…”它以再次查看版面。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="274" />
            <source>The PDF is now read from %1</source>
            <translation>现在从 %1 读取该 PDF</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="241" />
            <source>The PDF at %1 has changed since it was imported: it is not the file this page came from. Locate… the file as it was imported.</source>
            <translation>%1 处的 PDF 自导入以来已被更改，不是这个版面所来自的文件。请“定位…”导入时的那个文件。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view_ui.py" line="244" />
            <source>The page could not be drawn: %1</source>
            <translation>无法绘制版面：%1</translation>
        </message>
    </context>
    <context>
        <name>PageViewDock</name>
        <message>
            <location filename="../../reader/ui/page_view.py" line="265" />
            <source>Page</source>
            <translation>版面</translation>
        </message>
        <message>
            <location filename="../../reader/ui/page_view.py" line="266" />
            <source>Locate…</source>
            <translation>定位…</translation>
        </message>
    </context>
    <context>
        <name>RawLinesModel</name>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="77" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="77" />
            <source>Text as imported</source>
            <translation>导入时的文字</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="77" />
            <source>Where it went</source>
            <translation>去向</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="85" />
            <source>article %1, %2</source>
            <translation>文章 %1，%2</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="87" />
            <source>part dropped: %1</source>
            <translation>部分删去：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="90" />
            <source>dropped: %1</source>
            <translation>已删去：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="91" />
            <source>in no article</source>
            <translation>不属于任何文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="27" />
            <source>page furniture</source>
            <translation>版面杂项</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="27" />
            <source>page number</source>
            <translation>版号</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="28" />
            <source>duplicate caption half</source>
            <translation>重复的图片说明</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="28" />
            <source>jump line</source>
            <translation>转版提示</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="29" />
            <source>page header or footer</source>
            <translation>版头或版脚</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="29" />
            <source>dropped by you</source>
            <translation>由您删去</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="30" />
            <source>false headline, dropped by you</source>
            <translation>误判的标题，由您删去</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="36" />
            <source>Title</source>
            <translation>主标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="36" />
            <source>Kicker</source>
            <translation>引题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="36" />
            <source>Subtitle</source>
            <translation>副标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="36" />
            <source>Sub-heading</source>
            <translation>小标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="37" />
            <source>Dateline</source>
            <translation>电头</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="37" />
            <source>Byline</source>
            <translation>署名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="37" />
            <source>Paragraph of Its Own</source>
            <translation>独立段落</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="38" />
            <source>Caption</source>
            <translation>图片说明</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="44" />
            <source>kicker</source>
            <translation>引题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="44" />
            <source>title</source>
            <translation>主标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="44" />
            <source>subtitle</source>
            <translation>副标题</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="44" />
            <source>dateline</source>
            <translation>电头</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="45" />
            <source>byline</source>
            <translation>署名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="45" />
            <source>paragraph</source>
            <translation>段落</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="45" />
            <source>caption</source>
            <translation>图片说明</translation>
        </message>
    </context>
    <context>
        <name>RawPageDock</name>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="154" />
            <source>Raw Page</source>
            <translation>原始版面</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="182" />
            <source>Make a New Article from Here</source>
            <translation>从这里开始成为新文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="185" />
            <source>This Belongs to the Article Above</source>
            <translation>这属于上面的文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="189" />
            <source>Make This Line a</source>
            <translation>将此行设为</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="196" />
            <source>Drop as Page Furniture</source>
            <translation>作为版面杂项删去</translation>
        </message>
        <message>
            <location filename="../../reader/ui/raw_page.py" line="201" />
            <source>Put Back into Its Article</source>
            <translation>放回其文章</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="54" />
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="57" />
            <source>Previous / next article in the list</source>
            <translation>列表中的上一篇 / 下一篇文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="57" />
            <source>Up / Down</source>
            <translation>↑ / ↓</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="58" />
            <source>Open the first search result</source>
            <translation>打开第一条搜索结果</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="58" />
            <source>Enter in the search box</source>
            <translation>在搜索框中按回车</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="60" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../reader/ui/dialogs.py" line="60" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="51" />
            <source>Split Article</source>
            <translation>拆分文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="53" />
            <source>The text from here on becomes a new article. Its title:</source>
            <translation>从这里起的文字成为一篇新文章。其标题：</translation>
        </message>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="54" />
            <source>Use its first line, a headline, as the title</source>
            <translation>用其第一行（一个标题）作为标题</translation>
        </message>
    </context>
    <context>
        <name>StatisticsView</name>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="159" />
            <source>Statistics and Charts</source>
            <translation>统计与图表</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="160" />
            <source>Only the articles the list shows (its search and filters)</source>
            <translation>只统计列表显示的文章（其搜索和筛选）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="161" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="162" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="162" />
            <source>Top entities</source>
            <translation>高频实体</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="162" />
            <source>Co-occurrence</source>
            <translation>共现</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="162" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="164" />
            <source>per month</source>
            <translation>按月</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="164" />
            <source>per quarter</source>
            <translation>按季度</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="164" />
            <source>per year</source>
            <translation>按年</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="165" />
            <source>by newspaper</source>
            <translation>按报纸</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="165" />
            <source>by section</source>
            <translation>按版名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="165" />
            <source>all articles</source>
            <translation>全部文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="166" />
            <source>articles matching a query</source>
            <translation>符合检索词的文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="166" />
            <source>articles coded with a tag</source>
            <translation>带某标签的文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="167" />
            <source>articles naming an entity (LABEL:TEXT)</source>
            <translation>提及某实体的文章（类型:名称）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="167" />
            <source>articles together</source>
            <translation>同时出现的文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="168" />
            <source>tag × tag</source>
            <translation>标签 × 标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="173" />
            <source>tags × %1</source>
            <translation>标签 × %1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="173" />
            <source>newspaper</source>
            <translation>报纸</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="173" />
            <source>section</source>
            <translation>版名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="173" />
            <source>year</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="173" />
            <source>tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="174" />
            <source>query, tag, or LABEL:TEXT</source>
            <translation>检索词、标签或 类型:名称</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="175" />
            <location filename="../../reader/ui/statistics_view.py" line="263" />
            <source>per 1,000 articles</source>
            <translation>每千篇文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="223" />
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="260" />
            <location filename="../../reader/ui/statistics_view.py" line="297" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="263" />
            <location filename="../../reader/ui/statistics_view.py" line="272" />
            <source>articles</source>
            <translation>文章</translation>
        </message>
        <message>
            <location filename="../../reader/ui/statistics_view.py" line="260" />
            <location filename="../../reader/ui/statistics_view.py" line="297" />
            <location filename="../../reader/ui/statistics_view.py" line="323" />
            <source>undated</source>
            <translation>无日期</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsDialog</name>
        <message>
            <location filename="../../reader/ui/analysis_views.py" line="34" />
            <source>Suggested Merges: %1</source>
            <translation>建议合并：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/analysis_views.py" line="38" />
            <source>short form</source>
            <translation>简称</translation>
        </message>
        <message>
            <location filename="../../reader/ui/analysis_views.py" line="38" />
            <source>contained</source>
            <translation>包含</translation>
        </message>
        <message>
            <location filename="../../reader/ui/analysis_views.py" line="39" />
            <source>%1 (%2) → %3 (%4) — %5</source>
            <translation>%1（%2）→ %3（%4）—— %5</translation>
        </message>
        <message>
            <location filename="../../reader/ui/analysis_views.py" line="45" />
            <source>Tick the variants to merge into the name on the right.</source>
            <translation>勾选要合并到右侧名称的变体。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/analysis_views.py" line="48" />
            <source>No likely variants found.</source>
            <translation>没有找到可能的变体。</translation>
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../../reader/ui/tag_chips.py" line="156" />
            <source>Remove tag “{tag}”</source>
            <translation>移除标签“{tag}”</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="138" />
            <source>Manage Tags</source>
            <translation>管理标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="156" />
            <source>No tags yet. Add one to an article in the panel beside it.</source>
            <translation>还没有标签。可在旁边的面板中为文章添加标签。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="158" />
            <source>&amp;Rename</source>
            <translation>重命名(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="159" />
            <source>&amp;Colour…</source>
            <translation>颜色(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="160" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="253" />
            <source>A tag “{new}” exists already. Merge “{old}” into it?</source>
            <translation>标签“{new}”已存在。要将“{old}”合并到其中吗？</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="254" />
            <source>Its {articles} and {passages} will have the tag “{new}”; “{old}” disappears.</source>
            <translation>原有的{articles}和{passages}将改用标签“{new}”；“{old}”随之消失。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/tag_manager.py" line="255" />
            <location filename="../../reader/ui/tag_manager.py" line="280" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n 篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../reader/ui/tag_manager.py" line="256" />
            <location filename="../../reader/ui/tag_manager.py" line="281" />
            <source>%n passage(s)</source>
            <translation>
                <numerusform>%n 个段落</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="260" />
            <source>Merge Tags</source>
            <translation>合并标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="268" />
            <source>Colour of “{tag}”</source>
            <translation>标签“{tag}”的颜色</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="278" />
            <source>Delete the tag “{tag}”?</source>
            <translation>要删除标签“{tag}”吗？</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="279" />
            <source>{articles} and {passages} will lose it. Undo brings it back.</source>
            <translation>{articles}和{passages}将失去此标签。可用“撤销”恢复。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="283" />
            <source>Delete Tag</source>
            <translation>删除标签</translation>
        </message>
    </context>
    <context>
        <name>TagTableModel</name>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="111" />
            <source>Double-click to rename</source>
            <translation>双击以重命名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="130" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="130" />
            <source>Articles</source>
            <translation>文章数</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tag_manager.py" line="130" />
            <source>Passages</source>
            <translation>段落数</translation>
        </message>
    </context>
    <context>
        <name>TaskStatus</name>
        <message>
            <location filename="../../reader/ui/tasks.py" line="47" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../reader/ui/tasks.py" line="69" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>Teamwork</name>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="90" />
            <source>Coder Name</source>
            <translation>编码者姓名</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="91" />
            <source>Your name as a coder, stored with every tag, note and annotation you make:</source>
            <translation>您作为编码者的名字，会记在您所做的每个标签、笔记和标注上：</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="101" />
            <source>A coder needs a name.</source>
            <translation>编码者需要一个名字。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="104" />
            <source>Coding as %1</source>
            <translation>当前编码者：%1</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="110" />
            <source>Export REFI-QDA Project</source>
            <translation>导出 REFI-QDA 项目</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="110" />
            <location filename="../../reader/ui/teamwork.py" line="117" />
            <source>REFI-QDA projects (*.qdpx)</source>
            <translation>REFI-QDA 项目 (*.qdpx)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="117" />
            <source>Import REFI-QDA Project</source>
            <translation>导入 REFI-QDA 项目</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="124" />
            <source>Merge Another Library</source>
            <translation>合并另一个资料库</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="124" />
            <source>reader libraries (*.db)</source>
            <translation>reader 资料库 (*.db)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="131" />
            <source>Exporting REFI-QDA project…</source>
            <translation>正在导出 REFI-QDA 项目…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="134" />
            <source>Importing REFI-QDA project…</source>
            <translation>正在导入 REFI-QDA 项目…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="138" />
            <source>Merging library…</source>
            <translation>正在合并资料库…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="154" />
            <source>This needs a library saved in a file.</source>
            <translation>此操作需要保存在文件中的资料库。</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="198" />
            <source>Exported %1 article(s) to %2</source>
            <translation>已将 %1 篇文章导出到 %2</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="205" />
            <source>REFI-QDA Import</source>
            <translation>REFI-QDA 导入</translation>
        </message>
        <message>
            <location filename="../../reader/ui/teamwork.py" line="205" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="141" />
            <source>Trash</source>
            <translation>回收站</translation>
        </message>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="147" />
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="148" />
            <source>&amp;Empty Trash</source>
            <translation>清空回收站(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/correction_dialogs.py" line="149" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>UndoCommands</name>
        <message>
            <location filename="../../reader/ui/undo.py" line="230" />
            <source>Annotate passage</source>
            <translation>标注段落</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="256" />
            <source>Delete annotation</source>
            <translation>删除标注</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="276" />
            <source>Edit annotation</source>
            <translation>编辑标注</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="296" />
            <source>Mark entity</source>
            <translation>标记实体</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="315" />
            <source>Remove entity</source>
            <translation>移除实体</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="106" />
            <source>Add tag “{tag}”</source>
            <translation>添加标签“{tag}”</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="133" />
            <source>Remove tag “{tag}”</source>
            <translation>移除标签“{tag}”</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="164" />
            <source>Rename tag “{old}” to “{new}”</source>
            <translation>将标签“{old}”重命名为“{new}”</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="185" />
            <source>Recolour tag “{tag}”</source>
            <translation>更改标签“{tag}”的颜色</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="202" />
            <source>Delete tag “{tag}”</source>
            <translation>删除标签“{tag}”</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="342" />
            <source>Change entity type</source>
            <translation>更改实体类型</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="370" />
            <source>Edit note</source>
            <translation>编辑笔记</translation>
        </message>
        <message>
            <location filename="../../reader/ui/undo.py" line="402" />
            <source>Set page details of %n page(s)</source>
            <translation>设置 %n 个版面的信息</translation>
        </message>
    </context>
</TS>
