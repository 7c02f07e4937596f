namespace NewsNlp;

/// <summary>First stage: tokens and sentences of the whole text.</summary>
internal sealed class TokenizationStage : AnalysisStage
{
    public override void Run(AnalysisContext context)
    {
        context.Tokens = Tokenizer.Default.TokenizeToArray(context.Text);
        context.Sentences = SentenceSplitter.Default.Split(context.Text, context.Tokens);
    }
}
