using System.CommandLine;
using FabricSim.Scenarios.Import;

namespace FabricSim.Cli.Commands;

/// <summary>
/// <c>import terraform FILE.json</c>: a scenario from the JSON of <c>terraform show -json</c>, on the console or into a
/// new file; warnings for whatever could not be mapped go to stderr and into the scenario as comments.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "JSON of 'terraform show -json' (a state, or a saved plan)." };
        var name = new Option<string>("--name") { Description = "Name of the option the imported design becomes.", DefaultValueFactory = _ => "terraform" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the scenario to this new file (never over an existing one) instead of the console." };
        var terraform = new Command("terraform", "Write a scenario from the Megaport provider's resources in a Terraform state or plan.") { file, name, output };
        terraform.SetAction(parseResult => context.Guard(() =>
        {
            string path = context.FullPath(parseResult.GetValue(file)!);
            string optionName = parseResult.GetValue(name)!;
            if (!TerraformImport.IsPlainName(optionName, out string suggestion))
            {
                return Refuse(context, $"--name '{optionName}' is not a plain name; use lower-case letters, digits and '-', e.g. '{suggestion}'");
            }
            if (!File.Exists(path))
            {
                return Refuse(context, $"{path}: no such file");
            }
            TerraformImport imported;
            try
            {
                imported = TerraformImport.FromJson(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), optionName,
                    "fabricsim " + string.Join(' ', parseResult.Tokens.Select(t => t.Value)));
            }
            catch (TerraformImportException e)
            {
                return Refuse(context, $"{path}: {e.Message} (nothing was written)");
            }
            foreach (var warning in imported.Warnings)
            {
                context.Console.Error.WriteLine($"fabricsim import: warning: {warning}");
            }
            if (parseResult.GetValue(output) is not { Length: > 0 } target)
            {
                context.Console.Out.Write(imported.Scenario);
                return ExitCodes.Ok;
            }
            string fullPath = context.FullPath(target);
            if (!NewFile.TryWrite(fullPath, imported.Scenario, out string? refusal))
            {
                return Refuse(context, refusal!);
            }
            context.Console.Out.WriteLine($"Scenario: {fullPath}");
            return ExitCodes.Ok;
        }));
        return new Command("import", "Write a scenario from another tool's description of a fabric.") { terraform };
    }

    private static int Refuse(CommandContext context, string message)
    {
        context.Console.Error.WriteLine($"fabricsim import terraform: {message}");
        return ExitCodes.BadInput;
    }
}
