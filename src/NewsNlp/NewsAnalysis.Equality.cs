namespace NewsNlp;

/// <content>Value equality: two analyses are equal when they hold the same text and equal results, list by list
/// (the lists' contents, in order — not the list objects).</content>
public sealed partial record NewsAnalysis
{
    /// <inheritdoc/>
    public bool Equals(NewsAnalysis? other) => other is not null
        && (ReferenceEquals(this, other)
            || (Text == other.Text && Equals(Headline, other.Headline) && Equals(Byline, other.Byline) && Equals(Dateline, other.Dateline)
                && Language == other.Language
                && ListEquality.Equal(Categories, other.Categories) && ListEquality.Equal(Boilerplate, other.Boilerplate)
                && ListEquality.Equal(Paragraphs, other.Paragraphs) && ListEquality.Equal(Sentences, other.Sentences)
                && ListEquality.Equal(Entities, other.Entities) && ListEquality.Equal(Quotes, other.Quotes)
                && ListEquality.Equal(Topics, other.Topics) && ListEquality.Equal(Regions, other.Regions)
                && ListEquality.Equal(Keywords, other.Keywords) && ListEquality.Equal(Warnings, other.Warnings)));

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Text, Headline, Dateline, ListEquality.Hash(Sentences), ListEquality.Hash(Entities), ListEquality.Hash(Quotes), ListEquality.Hash(Topics));
}
