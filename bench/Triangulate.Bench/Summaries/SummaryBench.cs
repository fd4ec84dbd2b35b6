namespace Triangulate.Bench.Summaries;

/// <summary>Multi-document summaries on DUC 2006/2007 (to be written).</summary>
public static class SummaryBench
{
    public static int Run(string? eval, string[] args) { Console.WriteLine("not yet"); return 0; }
}
