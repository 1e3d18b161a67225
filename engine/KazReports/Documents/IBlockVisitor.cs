namespace KazReports.Documents;

/// <summary>
/// Does something with each kind of block, one method per block record: a renderer (DOCX, PDF, HTML)
/// or the snapshot text. <see cref="Block.Accept{TArg}"/> calls the method of the block's record, so
/// a new block record does not compile until it has its method here, and this interface does not
/// compile until every renderer handles it: no block can reach a renderer that cannot draw it.
/// </summary>
/// <typeparam name="TArg">What the visitor needs beside the block (a frame and the list it appends to…).</typeparam>
internal interface IBlockVisitor<in TArg>
{
    void Visit(Heading heading, TArg arg);

    void Visit(Paragraph paragraph, TArg arg);

    void Visit(ListBlock list, TArg arg);

    void Visit(PageBreak pageBreak, TArg arg);

    void Visit(ImageBlock image, TArg arg);

    void Visit(ChartBlock chart, TArg arg);

    void Visit(Table table, TArg arg);

    void Visit(TableOfContents contents, TArg arg);

    void Visit(Letterhead letterhead, TArg arg);

    void Visit(OrderHeader order, TArg arg);

    void Visit(ApprovalStamp stamp, TArg arg);

    void Visit(AppendixMark mark, TArg arg);

    void Visit(Addressee addressee, TArg arg);

    void Visit(Signature signature, TArg arg);

    void Visit(Executor executor, TArg arg);
}
