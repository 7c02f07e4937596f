using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>Recognizes page furniture in scraped articles: desk labels, share and follow prompts,
/// "Related Articles", "Back to top", copyright lines, "Advertisement", photo credits and captions.</summary>
/// <remarks>Conservative by design: a line is boilerplate only when the whole line matches a known form, or
/// starts with a known label and is short; long prose is never marked.</remarks>
internal static class BoilerplateDetector
{
    /// <summary>Lines that are boilerplate when they are the whole line (a trailing colon allowed).</summary>
    private static readonly FrozenSet<string> s_wholeLines = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Related Articles", "Related Stories", "Related", "Related News", "Related Content", "Related Posts", "Related Topics",
        "Read more", "Read More:", "Read next", "Also read", "See also", "More from", "More stories", "More on this story",
        "Recommended", "Recommended for you", "Recommended Stories", "You may also like", "You might also like", "Trending",
        "Trending now", "Most read", "Most popular", "Popular", "Advertisement", "Advertisment", "ADVERTISING", "Sponsored",
        "Sponsored content", "Back to top button", "Back to top", "Skip to content", "Skip to main content", "Share",
        "Share this", "Share this:", "Share this article", "Share this story", "Share on Facebook", "Share on Twitter",
        "Share via Email", "Share via", "Tweet", "Email", "Print", "Facebook", "Twitter", "WhatsApp", "LinkedIn", "Reddit",
        "Pinterest", "Telegram", "Copy link", "Copy Link", "Follow us", "Subscribe", "Comments", "Leave a comment",
        "Leave a Reply", "Loading...", "Next article", "Previous article", "Next post", "Previous post", "Click to share",
        "Listen to this article", "Story continues below advertisement", "Continue reading", "Continue reading below",
        "Scroll to continue", "Scroll to continue with content", "Sign up", "Newsletter", "Close", "Menu", "Search", "Home",
        "Top Stories", "Latest News", "Don't Miss", "Watch", "Video", "Ad", "Show comments", "Hide caption",
        "toggle caption", "Enlarge this image", "Image", "Photo", "Photos", "Gallery", "Open in app", "Save",
        "Save article", "Reuse this content", "Most Viewed", "Editor's Picks", "Must Read", "Also Read");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_wholeLineLookup =
        s_wholeLines.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Labels and prompts that open a boilerplate line ("Follow us on ", "Copyright ", "Photo:").</summary>
    private static readonly string[] s_prefixes =
    [
        "Follow us on ", "Follow us:", "Follow ", "Share this ", "Share on ", "Sign up for ", "Sign up to ", "Subscribe to ",
        "Subscribe for ", "Click here ", "Copyright ", "\u00A9", "(c) ", "(C) ", "Photo:", "Photo credit", "Photo Credit",
        "Photograph:", "Image:", "Image credit", "Image Credit", "Picture:", "(Photo", "Photo by ", "Tags:", "Topics:",
        "Read more:", "Read More:", "READ MORE:", "Read also:", "Also read:", "ALSO READ:", "Related:", "RELATED:",
        "SEE ALSO:", "See also:", "Updated:", "Published:", "Last updated", "Last Updated", "Posted:", "Posted on ",
        "Published on ", "Updated on ",
    ];

    /// <summary>Labels that open a caption or image credit line, which may be as long as a caption ("Image caption
    /// Rescuers search the rubble …", "Image copyright Acme Images").</summary>
    private static readonly string[] s_captionLabels =
    [
        "Image copyright ", "Image caption ", "Media caption ", "Photo caption ", "Caption:", "Image source ",
    ];

    /// <summary>Photo credits that end a caption ("(AP Photo/Jane Doe)", "Getty Images", "REUTERS/Jane Doe").</summary>
    private static readonly string[] s_captionMarks =
    [
        "AP Photo", "Getty Images", "Reuters/", "REUTERS/", "AFP via Getty", "/AFP", "AFP/", "Photo:", "Credit:",
        "(Photo by", "Shutterstock", "EPA-EFE", "/EPA", "Bloomberg via Getty",
    ];

    /// <summary>Adds the boilerplate found in <paramref name="line"/> to <paramref name="found"/>: the whole
    /// line, or a desk-label prefix (<c>Ns News Online Desk:Ns News Online Desk:</c>).</summary>
    /// <returns>Whether the whole line is boilerplate.</returns>
    public static bool Match(ArticleText article, TextLine line, List<TextSpan> found)
    {
        ReadOnlySpan<char> s = article.Text.AsSpan(line.Start, line.Length);
        if (IsWholeLine(article, line, s))
        {
            found.Add(line.Span);
            return true;
        }

        int desk = DeskLabelLength(s);
        if (desk > 0)
        {
            found.Add(new TextSpan(line.Start, desk));
            return desk == s.Length;
        }

        return false;
    }

    /// <summary>Whether the whole of <paramref name="line"/> is boilerplate (a label, prompt, credit, caption or
    /// slideshow counter): the dateline search reads past such lines.</summary>
    public static bool IsWholeLine(ArticleText article, TextLine line) =>
        IsWholeLine(article, line, article.Text.AsSpan(line.Start, line.Length));

    private static bool IsWholeLine(ArticleText article, TextLine line, ReadOnlySpan<char> s)
    {
        if (s.Length <= StructureRules.MaxWholeBoilerplateLine && s_wholeLineLookup.Contains(s.TrimEnd(':')))
        {
            return true;
        }

        if (s.Length <= StructureRules.MaxBoilerplateLine)
        {
            foreach (string prefix in s_prefixes)
            {
                if (s.StartsWith(prefix, StringComparison.Ordinal) && !LooksLikeSentence(article, line, s)
                    && (prefix != "Copyright " || s.IndexOfAnyInRange('0', '9') >= 0 || s.Contains('\u00A9')))
                {
                    return true;
                }
            }

            if (s.Contains("All rights reserved", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // A photo caption or credit: ends with "(AP Photo/Jane Doe)", "Getty Images", "REUTERS/Jane Doe", opens with
        // "Image caption", or with a slideshow counter ("1 / 5", "1 of 4. Rescuers search …").
        if (s.Length <= StructureRules.MaxCaptionLength)
        {
            foreach (string label in s_captionLabels)
            {
                if (s.StartsWith(label, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            int lead = s.StartsWith("Image ", StringComparison.Ordinal) || s.StartsWith("Photo ", StringComparison.Ordinal) || s.StartsWith("Slide ", StringComparison.Ordinal) ? 6 : 0;
            int counter = CounterLength(s[lead..]);
            counter += counter > 0 ? lead : 0;
            if (counter > 0 && (counter == s.Length || s[counter] == '.' || s[counter] == ':'))
            {
                return true;
            }

            ReadOnlySpan<char> tail = s[Math.Max(0, s.Length - StructureRules.CaptionCreditTail)..];
            foreach (string mark in s_captionMarks)
            {
                if (tail.Contains(mark, StringComparison.Ordinal) && (s[^1] == ')' || s.Length <= StructureRules.MaxBareCreditLength))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The length of a slideshow counter at the start of the line ("1 / 5", "12 of 30"), or 0.</summary>
    private static int CounterLength(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && i < StructureRules.MaxCounterDigits && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i == 0 || i >= s.Length)
        {
            return 0;
        }

        ReadOnlySpan<char> rest = s[i..];
        int sep = rest.StartsWith(" / ", StringComparison.Ordinal) || rest.StartsWith(" of ", StringComparison.Ordinal) ? (rest[1] == '/' ? 3 : 4)
            : rest.Length > 1 && rest[0] == '/' ? 1 : 0;
        if (sep == 0)
        {
            return 0;
        }

        int j = i + sep;
        int digits = j;
        while (j < s.Length && j - digits < StructureRules.MaxCounterDigits && char.IsAsciiDigit(s[j]))
        {
            j++;
        }

        return j > digits ? j : 0;
    }

    /// <summary>"Follow the money" opens a sentence, "Follow us on X" does not: a prompt is short and has no
    /// sentence-ending period after its label. A long line is a sentence unless it is a copyright notice.</summary>
    private static bool LooksLikeSentence(ArticleText article, TextLine line, ReadOnlySpan<char> s)
    {
        if (s.Length > StructureRules.MaxPromptLength && !(s.StartsWith("Copyright", StringComparison.Ordinal) || s[0] == '\u00A9'))
        {
            return true;
        }

        if (!s.StartsWith("Follow ", StringComparison.Ordinal) || s.StartsWith("Follow us", StringComparison.Ordinal))
        {
            return false;
        }

        int first = article.TokenAt(line.Start + "Follow ".Length);
        return s[^1] == '.' || LineWords.Count(article, first, line.End) > StructureRules.MaxFollowPromptWords;
    }

    /// <summary>The length of a run of desk labels at the start of the line (<c>Ns News Online Desk:</c>, repeated), or 0.</summary>
    private static int DeskLabelLength(ReadOnlySpan<char> s)
    {
        int pos = 0;
        int end = 0;
        while (pos < s.Length)
        {
            int colon = s[pos..Math.Min(s.Length, pos + StructureRules.MaxDeskLabelLength)].IndexOf(':');
            if (colon <= 0)
            {
                break;
            }

            ReadOnlySpan<char> label = s.Slice(pos, colon).TrimEnd();
            if (!label.EndsWith("Desk", StringComparison.OrdinalIgnoreCase) || !IsLabel(label))
            {
                break;
            }

            end = pos + colon + 1;
            pos = end;
            while (pos < s.Length && s[pos] == ' ')
            {
                pos++;
            }
        }

        return end;
    }

    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        foreach (char c in label)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '-' or '&' or '\''))
            {
                return false;
            }
        }

        return label.Length > 0 && char.IsUpper(label[0]);
    }
}
