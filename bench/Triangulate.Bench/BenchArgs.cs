namespace Triangulate.Bench;

/// <summary>Reads "--name value" options of a benchmark's arguments.</summary>
public static class BenchArgs
{
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
