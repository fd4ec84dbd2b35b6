using Triangulate.Diagnostics;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// The files under a directory, recursively, sorted by ordinal relative path so every run sees the
/// same order whatever the file system returns. Hidden entries (name starting with ".") are skipped,
/// as are files that are not regular files. Directory symbolic links are followed once: each
/// directory's resolved path is visited at most once, so link loops end. Only article files are
/// taken (see <see cref="ArticleExtensions"/>): a folder of saved articles often holds notes, READMEs
/// or images beside them. A file named directly on the command line is always read.
/// </summary>
internal static class DirectoryWalker
{
    private const int MaxDepth = 64;

    /// <summary>Extensions of the files a directory contributes, compared without case (and names ending ".warc.gz").</summary>
    public static readonly IReadOnlySet<string> ArticleExtensions = new HashSet<string>(
        [".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".xml", ".rss", ".atom", ".warc", ".jsonl", ".ndjson"],
        StringComparer.OrdinalIgnoreCase);

    public static bool IsArticleFile(string name) =>
        ArticleExtensions.Contains(Path.GetExtension(name)) || name.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    public static List<string> Files(string root, List<TriangulateException> errors, CancellationToken cancellationToken)
    {
        var files = new List<(string Relative, string Path)>();
        var skipped = 0;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Relative, int Depth, string Real)>();
        pending.Push((root, "", 0, Resolved(root)));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (dir, relative, depth, real) = pending.Pop();
            if (depth > MaxDepth || !visited.Add(real)) continue;
            try
            {
                foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
                {
                    if (entry.Name.StartsWith('.')) continue;
                    var childRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                    var childPath = Path.Combine(dir, entry.Name);
                    if (IsDirectory(entry))
                    {
                        var childReal = entry.LinkTarget is null ? Path.Combine(real, entry.Name) : Resolved(childPath);
                        pending.Push((childPath, childRelative, depth + 1, childReal));
                    }
                    else if (IsArticleFile(entry.Name) && FileKind.IsRegularFile(childPath))
                        files.Add((childRelative, childPath));
                    else skipped++;
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                errors.Add(new TriangulateException(ErrorCode.Unreadable, dir, "cannot list directory: " + OneLine(e.Message), e));
            }
        }
        // A folder of files without article extensions (corpus files named by id) would otherwise read as empty.
        if (files.Count == 0 && skipped > 0)
            errors.Add(new TriangulateException(ErrorCode.Unsupported, root,
                $"no article files among its {skipped} files (a directory contributes {string.Join(", ", ArticleExtensions.Order(StringComparer.Ordinal))}, .warc.gz; name files directly to read them whatever their names)"));
        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return files.Select(f => f.Path).ToList();
    }

    private static bool IsDirectory(FileSystemInfo entry)
    {
        if ((entry.Attributes & FileAttributes.Directory) != 0) return true;
        // A symbolic link to a directory reports the link's own attributes.
        return entry.LinkTarget is not null && Directory.Exists(entry.FullName);
    }

    /// <summary>
    /// The directory's path with every symbolic link along it resolved. Work is bounded: after 256
    /// steps (hostile link farms) the path is taken as it stands, and the depth limit ends the walk.
    /// </summary>
    private static string Resolved(string dir)
    {
        var budget = 256;
        return Resolved(dir, ref budget);
    }

    private static string Resolved(string dir, ref int budget)
    {
        var full = Path.GetFullPath(dir);
        var parent = Path.GetDirectoryName(full);
        var name = Path.GetFileName(full);
        if (parent is null || name.Length == 0 || --budget < 0) return full;
        var resolvedParent = Resolved(parent, ref budget);
        var here = Path.Combine(resolvedParent, name);
        try
        {
            return new DirectoryInfo(here).ResolveLinkTarget(returnFinalTarget: true) is { } target ? Resolved(target.FullName, ref budget) : here;
        }
        catch (IOException)
        {
            return here;
        }
    }

    internal static string OneLine(string message) => Messages.OneLine(message);
}
