namespace NewsNlp;

/// <summary>Common English given names with the gender they tell, for resolving "he" and "she" to a speaker.</summary>
/// <remarks>The NER's first-name list (<c>ner-names.bin</c>, names seen in the training data) says only that a word is
/// a first name; this hand list says whose: it is the one place for gendered given names. A name given to men and
/// women alike tells no gender. Lookups ignore case.</remarks>
internal static class FirstNames
{
    private static readonly WordTable<char> s_table = WordTable<char>.Grouped(WordCasing.IgnoreCase,
    [
        ('m',
            "donald joe barack bill george john james robert michael william david richard joseph thomas charles " +
            "christopher daniel matthew anthony antony mark paul steven steve andrew kenneth joshua kevin brian " +
            "edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin " +
            "scott brandon benjamin ben samuel gregory frank alexander raymond patrick jack dennis jerry tyler " +
            "aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian " +
            "roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan jordan billy bruce albert " +
            "willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby " +
            "philip johnny mike jim tom ted marco jeb rand chris mitch newt rudy mitt reince rick bernie tim " +
            "vladimir xi emmanuel boris rishi narendra recep kim volodymyr olaf jair luiz andres pedro ali " +
            "mohammed muhammad ahmed hassan hussein abdul omar pierre hans karl ivan sergei dmitry alexei wang li " +
            "qin jared corey lindsey orrin harry chuck dick al howard jay stan ken ron don dan sam nick matt greg " +
            "jeff doug bob rob tony andy pat phil fred hank ed lou luke max leo hugo felix oscar"),
        ('f',
            "hillary mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty " +
            "margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie " +
            "rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma " +
            "samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia " +
            "julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah " +
            "martha jacqueline frances gloria ann teresa kathryn sara janice alice madison doris abigail julia " +
            "judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie " +
            "isabella charlotte rose alexis kayla gina kamala melania ivanka chelsea huma kellyanne nikki " +
            "condoleezza madeleine ursula jacinda liz kate katie kathy sue deb jill jane tulsi elise marsha " +
            "susana debbie loretta sheryl carly michele claire dianne patty tammy maxine sheila valerie ileana " +
            "mia cathy heidi jeanne kirsten"),
        ('\0', "jean"), // given to men and women alike: tells no gender
    ]);

    /// <summary>Gets every name with its gender (<c>'m'</c>, <c>'f'</c>, or <c>'\0'</c> for either).</summary>
    public static WordTable<char> Words => s_table;

    /// <summary>The gender <paramref name="word"/> tells as a given name: <c>'m'</c>, <c>'f'</c>, or <c>'\0'</c> when it
    /// is no listed name or a name of either gender. Does not allocate.</summary>
    public static char GenderOf(ReadOnlySpan<char> word) => s_table.GetValueOrDefault(word);

    /// <summary>Whether <paramref name="word"/> is a listed given name.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => s_table.Contains(word);
}
