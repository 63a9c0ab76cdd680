using System.CommandLine;

namespace FabricSim.Cli.Commands;

/// <summary><c>schema [--out FILE]</c>: the JSON Schema of scenario files, for editors that validate YAML.</summary>
internal static class SchemaCommand
{
    public static Command Create(CommandContext context)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Write the schema to this file instead of the console." };
        var command = new Command("schema", "Print the JSON Schema of scenario files.") { output };
        command.SetAction(parseResult => context.Guard(() =>
        {
            string schema = context.Service.Schema();
            if (parseResult.GetValue(output) is { Length: > 0 } path)
            {
                string fullPath = context.FullPath(path);
                // An earlier schema is replaced; anything else (a scenario named by mistake) is kept.
                if (!NewFile.TryWrite(fullPath, schema, existing => existing.Contains("\"title\": \"FabricSim scenario\"", StringComparison.Ordinal), out string? refusal))
                {
                    context.Console.Error.WriteLine($"fabricsim schema: {refusal}");
                    return ExitCodes.BadInput;
                }
                context.Console.Out.WriteLine($"Schema: {fullPath}");
            }
            else
            {
                context.Console.Out.WriteLine(schema);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
