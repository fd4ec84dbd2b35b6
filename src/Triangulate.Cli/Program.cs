using System.Text;
using Triangulate.Cli;

// Results on stdout, messages on stderr, both UTF-8 without a byte order mark.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
await using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { NewLine = "\n" };
await using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
var terminal = new CliConsole(stdout, stderr, Interactive: !Console.IsErrorRedirected);
return await CliApp.RunAsync(args, terminal);
