using System;
using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.XrmSdk.Tests
{
    public class InvalidPluginExecutionExceptionTests
    {
        [Fact]
        public void Constructor_Message_StatusFailedAndNoDetails()
        {
            var exception = new InvalidPluginExecutionException("Choose a stage.");

            Assert.Equal("Choose a stage.", exception.Message);
            Assert.Equal(OperationStatus.Failed, exception.Status);
            Assert.Equal(PluginHttpStatusCode.NotSet, exception.HttpStatus);
            Assert.Empty(exception.ExceptionDetails);
        }

        [Fact]
        public void Constructor_StatusCodeMessageHttp_KeepsAll()
        {
            var exception = new InvalidPluginExecutionException(OperationStatus.Retry, 42, "Try again.", PluginHttpStatusCode.TooManyRequests);

            Assert.Equal(OperationStatus.Retry, exception.Status);
            Assert.Equal(42, exception.ErrorCode);
            Assert.Equal(PluginHttpStatusCode.TooManyRequests, exception.HttpStatus);
            Assert.Equal(429, (int)exception.HttpStatus);
        }

        [Fact]
        public void Constructor_Details_CopiesDetails()
        {
            var details = new Dictionary<string, string> { ["failedRecordIndex"] = "3" };

            var exception = new InvalidPluginExecutionException(OperationStatus.Failed, "Record 3 has no stage.", details);
            details["failedRecordIndex"] = "4";

            Assert.Equal("3", exception.ExceptionDetails["failedRecordIndex"]);
        }

        [Fact]
        public void Constructor_InnerException_KeepsIt()
        {
            var inner = new InvalidOperationException("inner");

            var exception = new InvalidPluginExecutionException("outer", inner);

            Assert.Same(inner, exception.InnerException);
        }

        [Fact]
        public void FaultException_OrganizationServiceFault_CarriesCodeMessageAndTrace()
        {
            var fault = new OrganizationServiceFault { ErrorCode = -2147220891, Message = "Choose a stage.", TraceText = "step 1" };
            fault.ErrorDetails["failedRecordIndex"] = "3";

            var exception = new FaultException<OrganizationServiceFault>(fault, new FaultReason(fault.Message));

            Assert.Equal(-2147220891, exception.Detail.ErrorCode);
            Assert.Equal("Choose a stage.", exception.Detail.Message);
            Assert.Equal("step 1", exception.Detail.TraceText);
            Assert.Equal("3", exception.Detail.ErrorDetails["failedRecordIndex"]);
        }
    }
}
