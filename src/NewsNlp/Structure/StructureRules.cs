namespace NewsNlp;

/// <summary>Every threshold of the page layout (category header, headline, site noise) and of boilerplate, each
/// with the reason for its value. Datelines and bylines have their own (<see cref="DatelineRules"/>,
/// <see cref="BylineRules"/>).</summary>
internal static class StructureRules
{
    // Category header and headline (StructureStage).

    /// <summary>The category header is one of the first two lines: a breadcrumb, perhaps under one line of site name.</summary>
    public const int CategoryHeaderLines = 2;

    /// <summary>The longest line taken as a headline: longer lines are a standfirst or body.</summary>
    public const int MaxHeadlineLength = 250;

    /// <summary>Fewest words of a headline given alone: one word is a name or a label, not a headline.</summary>
    public const int MinLoneHeadlineWords = 3;

    /// <summary>Most words of a headline given alone: headlines run 5–15 words; a longer line without an end mark is a
    /// sentence cut short, not a title.</summary>
    public const int MaxLoneHeadlineWords = 20;

    /// <summary>A one-word line this short above the headline is a section label ("World", "Politics") and is skipped.</summary>
    public const int MaxSectionLabelLength = 30;

    // Site noise before a mid-line dateline (StructureStage).

    /// <summary>Text before a mid-line dateline is looked at as noise only up to this length.</summary>
    public const int MaxNoisePrefixLength = 160;

    /// <summary>Noise that does not end in a label mark (':', '|', '»') is at most this long ("Updated 3:45 PM EDT,
    /// June 14"); longer text is a run-in headline.</summary>
    public const int MaxUnmarkedNoiseLength = 40;

    // Boilerplate (BoilerplateDetector).

    /// <summary>A whole-line label ("Related Articles", "Advertisement") is at most this long.</summary>
    public const int MaxWholeBoilerplateLine = 60;

    /// <summary>A line opening with a boilerplate label ("Follow us on ", "Copyright ") is at most this long.</summary>
    public const int MaxBoilerplateLine = 200;

    /// <summary>A prompt longer than this is a sentence; copyright notices may be longer.</summary>
    public const int MaxPromptLength = 120;

    /// <summary>"Follow ..." with more words than this is a sentence ("Follow the money, the senator said ...").</summary>
    public const int MaxFollowPromptWords = 6;

    /// <summary>A photo caption with its credit is at most this long.</summary>
    public const int MaxCaptionLength = 500;

    /// <summary>The photo credit is looked for in this many last characters of a caption.</summary>
    public const int CaptionCreditTail = 60;

    /// <summary>A line with a photo credit that does not end in ')' is a bare credit only up to this length.</summary>
    public const int MaxBareCreditLength = 80;

    /// <summary>A desk label ("Ns News Online Desk:") has its colon within this many characters.</summary>
    public const int MaxDeskLabelLength = 48;

    /// <summary>A slideshow counter's numbers ("1 / 5", "12 of 30") have at most this many digits.</summary>
    public const int MaxCounterDigits = 3;
}
