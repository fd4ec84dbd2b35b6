using Triangulate.Model;

namespace Triangulate.Bench.Summaries;

/// <summary>One DUC document set with its human reference summaries and the summary length they were written for.</summary>
public sealed record DucCluster(string Name, IReadOnlyList<Article> Articles, IReadOnlyList<string> References, int Words);
