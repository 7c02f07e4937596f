namespace NewsNlp;

/// <summary>English function words plus news filler (reporting verbs, days, months, vague time words) that never
/// start or end a keyword.</summary>
/// <remarks>Bound to the topic model: <see cref="TopicFeatures"/> hashes every word that is not in this list, so
/// <c>topics.bin</c> was trained on exactly these words. It is therefore not built from the Lexicons lists
/// (<see cref="FunctionWords"/>, <see cref="CalendarWords"/>), which it overlaps: a change to its words means training
/// <c>topics.bin</c> again (a unit test pins them).</remarks>
internal static class StopWords
{
    private static readonly SpanKeyTable s_words = new(Distinct((
        "a|about|above|across|after|afterwards|again|against|ago|all|almost|alone|along|already|also|although|always|am|among|amongst|an|and|"
        + "another|any|anybody|anyone|anything|anyway|anywhere|are|aren't|around|as|at|back|be|became|because|become|becomes|been|before|"
        + "beforehand|behind|being|below|beside|besides|between|beyond|both|but|by|can|cannot|can't|could|couldn't|did|didn't|do|does|doesn't|"
        + "doing|don't|done|down|during|each|either|else|elsewhere|enough|even|ever|every|everyone|everything|everywhere|except|few|for|"
        + "former|formerly|from|further|had|hadn't|has|hasn't|have|haven't|having|he|he'd|he'll|he's|hence|her|here|hers|herself|him|himself|"
        + "his|how|however|i|i'd|i'll|i'm|i've|if|in|indeed|into|is|isn't|it|it's|its|itself|just|last|latter|least|less|let|like|likely|"
        + "made|make|makes|many|may|maybe|me|meanwhile|might|mine|more|moreover|most|mostly|much|must|my|myself|namely|neither|never|"
        + "nevertheless|next|no|nobody|none|nor|not|nothing|now|nowhere|of|off|often|on|once|one|only|onto|or|other|others|otherwise|our|ours|"
        + "ourselves|out|over|own|per|perhaps|please|put|rather|re|same|see|seem|seemed|seeming|seems|several|she|she's|should|shouldn't|"
        + "since|so|some|somehow|someone|something|sometime|sometimes|somewhere|still|such|than|that|that's|the|their|theirs|them|themselves|"
        + "then|thence|there|there's|thereafter|thereby|therefore|therein|these|they|they're|this|those|though|through|throughout|thru|thus|"
        + "to|together|too|toward|towards|under|until|up|upon|us|very|via|was|wasn't|we|we're|we've|well|were|weren't|what|whatever|when|"
        + "whence|whenever|where|whereas|whereby|wherein|whether|which|while|whither|who|whoever|whole|whom|whose|why|will|with|within|"
        + "without|won't|would|wouldn't|yet|you|your|yours|yourself|yourselves|"
        // News filler.
        + "said|says|say|saying|told|tell|tells|added|adding|according|noted|stated|asked|called|reported|reportedly|including|included|"
        + "new|two|three|four|five|six|seven|eight|nine|ten|first|second|third|year|years|week|weeks|day|days|month|months|time|times|"
        + "today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|"
        + "july|august|september|october|november|december|mr|mrs|ms|dr|sir|percent|cent|get|gets|got|go|goes|going|went|come|comes|came|"
        + "take|takes|took|taken|way|able|early|late|later|recently|recent|currently|lot|lots|thing|things|want|wants|wanted|"
        + "use|used|using|set|part|end|need|needs|think|thinks|know|knows|believe|believes|expected|give|gives|gave|given|found|"
        + "show|shows|showed|hold|held|keep|kept|seen|went|look|looks|looked|began|begin|begins|meant|mean|means|didn|doesn|isn|"
        + "wasn|won|s|t|ll|ve|d|m|etc|ie|eg|am|pm|per|whose|yes|ok|okay|oh").Split('|')), ignoreCase: false);

    /// <summary>Gets the words (in no particular order).</summary>
    public static IReadOnlyCollection<string> Words => s_words.Keys;

    /// <summary>Whether the lower-cased word is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerWord) => s_words.Contains(lowerWord);

    /// <summary>The words once each (the list repeats a few, e.g. "per", "went", "whose", "am").</summary>
    private static string[] Distinct(string[] words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Array.FindAll(words, seen.Add);
    }
}
