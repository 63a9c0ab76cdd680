using System.CommandLine;

namespace FabricSim.Cli.Commands;

/// <summary><c>validate FILE</c>: check a scenario without simulating it.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var file = CommonSymbols.ScenarioFile();
        var command = new Command("validate", "Check a scenario file and list its problems, without simulating.") { file };
        command.SetAction(parseResult => context.Guard(() =>
        {
            string scenarioPath = context.FullPath(parseResult.GetValue(file)!);
            var validation = context.ValidateFile(scenarioPath, []);
            if (!validation.IsValid)
            {
                return context.ReportErrors(validation.Errors);
            }
            context.Console.Out.WriteLine(
                $"{scenarioPath}: valid: scenario '{validation.ScenarioName}' with {validation.OptionNames.Count} option(s): {string.Join(", ", validation.OptionNames)}");
            foreach (var warning in validation.Warnings)
            {
                context.Console.Out.WriteLine("warning: " + warning);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
