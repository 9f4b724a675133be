using DataverseFunnel.Plugins.Bowtie.Localization;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;

namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>Turns raw choice integers from a record into bowtie values, or into a message that says what to fix.</summary>
    internal static class ChoiceValues
    {
        /// <summary>Reads a stage value; null stays null (the rules decide what an empty stage means). Returns an error or null.</summary>
        public static SellerText? ReadStage(int? value, out BowtieStage? stage)
        {
            stage = null;
            if (!value.HasValue)
            {
                return null;
            }

            if (!BowtieModel.IsStage(value.Value))
            {
                return BowtieMessages.UnknownStage(value.Value);
            }

            stage = (BowtieStage)value.Value;
            return null;
        }

        /// <summary>
        /// Reads statecode/statuscode as "active" (exit null) or an exit. An inactive journey must have status
        /// Off-boarded or Not a fit; an exit status implies the inactive state. Returns an error or null.
        /// </summary>
        public static SellerText? ReadStatus(int? stateCode, int? statusCode, out BowtieExit? exit)
        {
            exit = null;
            var exitStatus = statusCode.HasValue && BowtieModel.IsExit(statusCode.Value);
            if (stateCode == JourneyColumns.Inactive || (!stateCode.HasValue && exitStatus))
            {
                if (!exitStatus)
                {
                    return statusCode.HasValue ? BowtieMessages.UnknownStatus(statusCode.Value) : BowtieMessages.ChooseExit();
                }

                exit = (BowtieExit)statusCode!.Value;
                return null;
            }

            if (stateCode.HasValue && stateCode.Value != JourneyColumns.Active)
            {
                return BowtieMessages.UnknownStatus(statusCode ?? stateCode.Value);
            }

            if (statusCode.HasValue && statusCode.Value != JourneyColumns.ActiveStatus)
            {
                return BowtieMessages.UnknownStatus(statusCode.Value);
            }

            return null;
        }
    }
}
