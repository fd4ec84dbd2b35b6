using System.Text;
using Triangulate.Diagnostics;
using Triangulate.Ingest.Sources;

namespace Triangulate.Tests.Ingest.Sources;

public sealed class InputLoaderFileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("triangulate-loader-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Directories_load_recursively_in_ordinal_path_order_without_hidden_entries()
    {
        Write("b.txt", "b");
        Write("a/z.txt", "az");
        Write("B.txt", "B");
        Write("a/b/c.txt", "abc");
        Write(".hidden.txt", "hidden");
        Write(".git/config", "hidden");

        var result = await new InputLoader(FetchOptions.Default).LoadAsync([root]);

        Assert.Empty(result.Errors);
        Assert.Equal(["B", "a/b/c", "a/z", "b"], result.Inputs.Select(i => Path.GetRelativePath(root, i.Source).Replace('\\', '/')[..^4]));
        Assert.Equal("abc", Encoding.UTF8.GetString(result.Inputs[1].Bytes));
    }

    [Fact]
    public async Task A_directory_contributes_article_files_but_a_named_file_is_always_read()
    {
        Write("story/one.txt", "one");
        Write("story/two.HTML", "<p>two</p>");
        Write("story/SOURCE.md", "notes about the folder");
        Write("story/photo.jpg", "not an article");
        var named = Write("notes.md", "named on purpose");

        var result = await new InputLoader(FetchOptions.Default).LoadAsync([Path.Combine(root, "story"), named]);

        Assert.Empty(result.Errors);
        Assert.Equal(["notes.md", "one.txt", "two.HTML"], result.Inputs.Select(i => Path.GetFileName(i.Source)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_directory_of_files_without_article_extensions_says_so_instead_of_reading_as_empty()
    {
        Write("corpus/APW19990707.0181", "<DOC><TEXT>one</TEXT></DOC>");
        Write("corpus/NYT19990708.0022", "<DOC><TEXT>two</TEXT></DOC>");

        var result = await new InputLoader(FetchOptions.Default).LoadAsync([Path.Combine(root, "corpus")]);

        Assert.Empty(result.Inputs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCode.Unsupported, error.Code);
        Assert.Contains("no article files among its 2 files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_is_reported_and_the_rest_still_load()
    {
        var file = Write("one.txt", "text");
        var missing = Path.Combine(root, "nope.txt");

        var result = await new InputLoader(FetchOptions.Default).LoadAsync([missing, file]);

        Assert.Equal(file, Assert.Single(result.Inputs).Source);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCode.NotFound, error.Code);
        Assert.Equal(missing, error.Input);
    }

    [Fact]
    public async Task Symbolic_link_loops_end()
    {
        Write("d/article.txt", "text");
        Directory.CreateSymbolicLink(Path.Combine(root, "d", "loop"), Path.Combine(root, "d"));
        Directory.CreateSymbolicLink(Path.Combine(root, "d", "up"), root);

        var result = await new InputLoader(FetchOptions.Default).LoadAsync([root]).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(result.Inputs);
    }

    [Fact]
    public async Task Files_over_the_cap_are_too_large()
    {
        var big = Write("big.txt", new string('x', 5000));
        var small = Write("small.txt", "x");

        var result = await new InputLoader(FetchOptions.Default with { MaxBytes = 1000 }).LoadAsync([big, small]);

        Assert.Equal(small, Assert.Single(result.Inputs).Source);
        Assert.Equal(ErrorCode.TooLarge, Assert.Single(result.Errors).Code);
    }

    [SkippableFact]
    public async Task Device_files_are_unreadable_not_read_forever()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "device files are checked on Linux");

        var result = await new InputLoader(FetchOptions.Default).LoadAsync(["/dev/zero"]).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ErrorCode.Unreadable, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Stdin_is_read_whole_as_source_dash()
    {
        var loader = new InputLoader(FetchOptions.Default, () => new MemoryStream(Encoding.UTF8.GetBytes("from a pipe")));

        var input = Assert.Single((await loader.LoadAsync(["-"])).Inputs);

        Assert.Equal("-", input.Source);
        Assert.Equal("from a pipe", Encoding.UTF8.GetString(input.Bytes));
    }

    [Fact]
    public async Task Loading_can_be_cancelled()
    {
        Write("a.txt", "a");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new InputLoader(FetchOptions.Default).LoadAsync([root], cancelled.Token));
    }
}
