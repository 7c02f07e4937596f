using System.Text;
using AngleSharp.Dom;

namespace NewsNlp;

/// <summary>A page flattened in one walk: its block elements (boxes, parents before children) and its paragraphs
/// (the text of one block between nested blocks, in document order), with the counts that the content scoring reads.
/// Iterative, so that arbitrarily deep markup cannot overflow the stack; linear in the size of the page.</summary>
internal sealed class PageBlocks
{
    public List<Box> Boxes { get; } = [];

    public List<Paragraph> Paragraphs { get; } = [];

    /// <summary>A block element. Counts (<see cref="Chars"/>, <see cref="LinkChars"/>, <see cref="Prose"/>) cover its
    /// whole subtree once <see cref="Read"/> has returned.</summary>
    internal sealed class Box(IElement element, int parent, string tag, int hint, bool furniture, bool strongFurniture = false)
    {
        /// <summary>Furniture that is removed however much text it holds.</summary>
        public bool StrongFurniture { get; } = strongFurniture;
        public IElement Element { get; } = element;
        public int Parent { get; } = parent;
        public string Tag { get; } = tag;
        /// <summary>+1 when its class or id names content, -1 when it names furniture, 0 otherwise.</summary>
        public int Hint { get; } = hint;
        /// <summary>Page furniture by its tag or class/id (removed later unless it holds most of the prose).</summary>
        public bool Furniture { get; } = furniture;
        public int Chars { get; set; }
        public int LinkChars { get; set; }
        /// <summary>Characters of scored (long enough) paragraphs in the subtree.</summary>
        public int Prose { get; set; }
        public double Score { get; set; }
        public bool Removed { get; set; }
        public bool Selected { get; set; }
    }

    internal sealed record Paragraph(int Box, string Text, int LinkChars, bool Heading);

    public static PageBlocks Read(IElement root)
    {
        var page = new PageBlocks();
        page.Walk(root);
        for (int i = page.Boxes.Count - 1; i > 0; i--)
        {
            Box b = page.Boxes[i];
            Box p = page.Boxes[b.Parent];
            p.Chars += b.Chars;
            p.LinkChars += b.LinkChars;
            p.Prose += b.Prose;
        }

        return page;
    }

    private readonly StringBuilder _text = new();
    private int _textBox = -1;
    private int _linkChars;

    private void Walk(IElement root)
    {
        Boxes.Add(new Box(root, -1, root.LocalName, 0, false));
        // (node, box it belongs to, inside a link, exit marker for a block)
        var stack = new Stack<(INode Node, int Box, bool InLink, bool Exit)>();
        PushChildren(stack, root, 0, false);
        while (stack.Count > 0)
        {
            (INode node, int box, bool inLink, bool exit) = stack.Pop();
            if (exit)
            {
                Flush();
                continue;
            }

            if (node is IText t)
            {
                Append(t.Data, box, inLink);
                continue;
            }

            if (node is not IElement e)
            {
                continue;
            }

            string tag = e.LocalName;
            if (ExtractionRules.SkippedTags.Contains(tag) || IsHidden(e))
            {
                continue;
            }

            if (tag == "br")
            {
                if (_textBox >= 0)
                {
                    TrimEndSpace();
                    _text.Append('\n');
                }

                continue;
            }

            if (ExtractionRules.InlineTags.Contains(tag))
            {
                PushChildren(stack, e, box, inLink || tag == "a");
                continue;
            }

            Flush();
            int hint = HintOf(e, out bool furnitureHint, out bool strong);
            Boxes.Add(new Box(e, box, tag, hint, ExtractionRules.FurnitureTags.Contains(tag) || (furnitureHint && hint < 0),
                strong && hint <= 0 && tag is not ("body" or "main" or "article")));
            stack.Push((e, box, inLink, true));
            PushChildren(stack, e, Boxes.Count - 1, inLink);
        }

        Flush();
    }

    private static void PushChildren(Stack<(INode, int, bool, bool)> stack, INode node, int box, bool inLink)
    {
        INodeList children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], box, inLink, false));
        }
    }

    private void Append(string data, int box, bool inLink)
    {
        if (_textBox != box && _textBox >= 0)
        {
            Flush();
        }

        _textBox = box;
        int before = _text.Length;
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u00a0')
            {
                if (_text.Length > 0 && _text[^1] is not (' ' or '\n'))
                {
                    _text.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                _text.Append(c);
            }
        }

        if (inLink)
        {
            _linkChars += _text.Length - before;
        }
    }

    private void TrimEndSpace()
    {
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }
    }

    private void Flush()
    {
        if (_textBox < 0)
        {
            return;
        }

        string text = Normalize(_text);
        _text.Clear();
        if (text.Length > 0)
        {
            Box b = Boxes[_textBox];
            b.Chars += text.Length;
            int links = Math.Min(_linkChars, text.Length);
            b.LinkChars += links;
            if (text.Length >= ExtractionRules.MinScoredParagraphChars)
            {
                b.Prose += text.Length;
            }

            Paragraphs.Add(new Paragraph(_textBox, text, links, b.Tag is ['h', >= '1' and <= '6']));
        }

        _textBox = -1;
        _linkChars = 0;
    }

    /// <summary>Lines stripped, runs of blank lines gone.</summary>
    private static string Normalize(StringBuilder sb)
    {
        string s = sb.ToString();
        if (s.IndexOf('\n') < 0)
        {
            return s.Trim();
        }

        var lines = s.Split('\n');
        var kept = new StringBuilder(s.Length);
        foreach (string line in lines)
        {
            string l = line.Trim();
            if (l.Length > 0)
            {
                if (kept.Length > 0)
                {
                    kept.Append('\n');
                }

                kept.Append(l);
            }
        }

        return kept.ToString();
    }

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden"))
        {
            return true;
        }

        string? style = e.GetAttribute("style");
        if (style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return false;
    }

    /// <summary>+1 content, -1 furniture, 0 neither (or both), from the element's class names and id: a hint matches a
    /// name that starts with it or has it after a <c>-</c> or <c>_</c> (<c>article-body</c>, <c>js-share</c>, not <c>context</c>).</summary>
    private static int HintOf(IElement e, out bool furniture, out bool strong)
    {
        furniture = false;
        strong = false;
        string? cls = e.GetAttribute("class");
        string? id = e.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
        {
            return 0;
        }

        string names = ((cls ?? "") + " " + (id ?? "")).ToLowerInvariant();
        if (names.Length > ExtractionRules.MaxHintChars)
        {
            names = names[..ExtractionRules.MaxHintChars];
        }

        bool content = false;
        foreach (string name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            content |= Matches(name, ExtractionRules.ContentHints);
            furniture |= Matches(name, ExtractionRules.FurnitureHints);
            strong |= Matches(name, ExtractionRules.StrongFurnitureHints);
        }

        return furniture == content ? 0 : furniture ? -1 : 1;
    }

    private static bool Matches(string name, string[] hints)
    {
        foreach (string h in hints)
        {
            int at = name.IndexOf(h, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (at == 0 || name[at - 1] is '-' or '_')
                {
                    return true;
                }

                at = name.IndexOf(h, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
