using Triangulate.Bench;

// Quality and speed benchmarks; not part of `dotnet test`. Each prints a table to stdout.
// Usage: dotnet run --project bench/Triangulate.Bench -c Release -- <extraction|metadata|bigpage|summary|quotes|timex|speed|facts|ner|train-ner> [options]
var eval = EvalData.Locate();
return args.FirstOrDefault() switch
{
    "extraction" => Triangulate.Bench.Extraction.ExtractionBench.Run(eval, args[1..]),
    "metadata" => Triangulate.Bench.Metadata.MetadataBench.Run(eval, args[1..]),
    "bigpage" => Triangulate.Bench.BigPages.BigPageBench.Run(args[1..]),
    "bigpage-measure" => Triangulate.Bench.BigPages.BigPageBench.Measure(args[1..]),
    "summary" => Triangulate.Bench.Summaries.SummaryBench.Run(eval, args[1..]),
    "quotes" => Triangulate.Bench.Quotes.QuoteBench.Run(eval, args[1..]),
    "timex" => Triangulate.Bench.Timex.TimexBench.Run(eval, args[1..]),
    "speed" => SpeedBench.Run(eval, args[1..]),
    "facts" => Triangulate.Bench.Facts.FactsBench.Run(eval, args[1..]),
    "ner" => Triangulate.Bench.Entities.EntityBench.Run(eval, args[1..]),
    "train-ner" => Triangulate.Bench.Entities.EntityBench.Train(eval, args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Triangulate.Bench <extraction|metadata|bigpage|summary|quotes|timex|speed|facts|ner|train-ner> [options]");
    return 2;
}
