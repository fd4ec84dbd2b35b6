namespace Triangulate.Bench;

/// <summary>
/// Finds the shared evaluation data (../shared/eval beside the repository, or $TRIANGULATE_EVAL).
/// The data is not part of the repository: benchmarks and tests skip with a message without it.
/// </summary>
public static class EvalData
{
    public static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("TRIANGULATE_EVAL");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return Path.GetFullPath(fromEnv);
        var repository = LocateRepository();
        if (repository is null) return null;
        var candidate = Path.Combine(repository, "..", "shared", "eval");
        return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }

    /// <summary>The repository this program was built from (the folder with Triangulate.slnx), or null.</summary>
    public static string? LocateRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) return dir.FullName;
        return null;
    }

    /// <summary>The shared sample folder with gold.json (../shared/samples), or null.</summary>
    public static string? LocateSharedSamples()
    {
        var eval = Locate();
        if (eval is null) return null;
        var samples = Path.GetFullPath(Path.Combine(eval, "..", "samples"));
        return Directory.Exists(samples) ? samples : null;
    }

    /// <summary>The PolNeAR attribution corpus (quotes-polnear, with train/ and dev/) under <paramref name="eval"/>, or null.</summary>
    public static string? LocatePolnear(string? eval)
    {
        if (eval is null) return null;
        var folder = Path.Combine(eval, "quotes-polnear");
        return Directory.Exists(Path.Combine(folder, "dev")) ? folder : null;
    }
}
