namespace Triangulate.Bench;

/// <summary>Throughput of ingest + brief (to be written).</summary>
public static class SpeedBench
{
    public static int Run(string? eval, string[] args) { Console.WriteLine("not yet"); return 0; }
}
