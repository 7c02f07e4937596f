using NewsNlp.ModelBuilder;

// One entry point for every model the package ships and every evaluation the README reports.
//   dotnet run -c Release --project tools/NewsNlp.ModelBuilder -- all [--data ../shared/data]
// trains every model (deterministically) into src/NewsNlp/Models and prints the evaluation figures.
string data = Args.Option(args, "--data") ?? Args.FindSharedData();
string command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "help";
string modelDir = Args.Option(args, "--out") ?? Args.FindModelDir();

switch (command)
{
    case "places":
        return PlacesBuilder.Run(data, modelDir);
    case "teams":
        return TeamNamesBuilder.Run(data, modelDir);
    case "organizations":
        return KnownOrganizationsBuilder.Run(data, modelDir, args);
    case "ner":
        return NerTraining.Run(data, modelDir, args);
    case "topics":
        return TopicTraining.Run(data, modelDir, args);
    case "reencode":
        return ModelReencoding.Run(modelDir);
    case "shrink":
        return ModelShrinking.Shrink(data, modelDir, args);
    case "ner-eval":
        return ModelShrinking.Evaluate(data, modelDir);
    case "topics-time":
        return TopicTiming.Run(args);
    case "eval-datelines":
        return DatelineEvaluation.Run(data, args);
    case "quotes":
        return QuoteEvaluation.Run(data, args);
    case "coref":
        return CorefEvaluation.Run(data, args);
    case "all":
        // Every shipped model (places first: the tagger's gazetteer features read it), then the rule-based parts'
        // evaluations. Rebuild the library afterwards to embed them.
        int rc = PlacesBuilder.Run(data, modelDir);
        rc = rc != 0 ? rc : TeamNamesBuilder.Run(data, modelDir);
        rc = rc != 0 ? rc : KnownOrganizationsBuilder.Run(data, modelDir, args);
        rc = rc != 0 ? rc : NerTraining.Run(data, modelDir, args);
        rc = rc != 0 ? rc : TopicTraining.Run(data, modelDir, args);
        rc = rc != 0 ? rc : DatelineEvaluation.Run(data, ["eval-datelines"]);
        return rc != 0 ? rc : QuoteEvaluation.Run(data, ["quotes", "--split", "dev"]);
    default:
        Console.Error.WriteLine("usage: NewsNlp.ModelBuilder (places | teams | organizations | ner | topics | reencode | shrink --to DIR [--cluster-words N] [--cluster-key-bits B] [--cluster-lower-words N] [--ner-drop-bits K] [--ner-min-row M] | ner-eval | eval-datelines | quotes [--split dev|train] | all) [--data DIR] [--out MODELDIR]");
        return command == "help" ? 0 : 2;
}
