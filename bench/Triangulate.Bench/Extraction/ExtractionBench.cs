namespace Triangulate.Bench.Extraction;

/// <summary>Article-body extraction on ../shared/eval/article-extraction (to be written).</summary>
public static class ExtractionBench
{
    public static int Run(string? eval, string[] args) { Console.WriteLine("not yet"); return 0; }
}
