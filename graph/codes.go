package graph

// Stable diagnostic codes. A code names a kind of input problem and never
// changes meaning; new kinds get new codes.
const (
	CodeFileUnreadable    = "file-unreadable"     // the file or folder could not be read
	CodeFileTooLarge      = "file-too-large"      // the file exceeds the size limit
	CodeSymlinkLoop       = "symlink-loop"        // a symbolic link leads back into its own path
	CodeFormatUnsupported = "format-unsupported"  // no parser for this format yet; the file is skipped
	CodeTemplate          = "template-unrendered" // a template (Helm chart) that must be rendered first
	CodeEncoding          = "encoding-invalid"    // the file is not valid UTF-8 text
	CodeYAMLSyntax        = "yaml-syntax"         // the YAML or JSON does not parse
	CodeYAMLLimit         = "yaml-limit"          // nesting depth or alias expansion beyond the limit
	CodeK8sInvalid        = "k8s-object-invalid"  // a document is not a well-formed Kubernetes object
	CodeK8sDuplicate      = "k8s-duplicate-object"
	CodeConfigInvalid     = "config-invalid"      // .moat.yaml is not valid
	CodeTFSyntax          = "terraform-syntax"    // HCL or .tf.json that does not parse
	CodeTFEval            = "terraform-eval"      // an expression Terraform would reject; its value is unknown
	CodeTFModule          = "terraform-module"    // a module call whose source is not in the scan; its outputs are unknown
	CodeTFLimit           = "terraform-limit"     // instance count, module depth or value size beyond the limit
	CodeTFCycle           = "terraform-cycle"     // references that depend on each other; the values in the cycle are unknown
	CodeTFVars            = "terraform-vars"      // a variables file or --var that cannot be used
	CodePEMUnreadable     = "pem-unreadable"      // a certificate or key file a setting names that cannot be read
	CodeARMLimit          = "arm-limit"           // nesting depth, value size, copy count or evaluation cost beyond the limit
	CodeARMExpr           = "arm-expression"      // a template expression that does not parse or that ARM would reject; its value is unknown
	CodeARMTemplate       = "arm-template"        // template structure ARM would reject (a resource without type, a bad copy loop)
	CodeARMParams         = "arm-parameters"      // a parameters file or parameter value that cannot be used
	CodeARMLink           = "arm-template-link"   // a linked template moat cannot read; the nested deployment's resources and outputs are unknown
	CodeBicepSyntax       = "bicep-syntax"        // Bicep source that does not parse; the rest of the file is still read
	CodeBicepLimit        = "bicep-limit"         // nesting depth, loop size or evaluation cost beyond the limit
	CodeBicepExpr         = "bicep-expression"    // an expression the Bicep compiler or ARM would reject; its value is unknown
	CodeBicepTemplate     = "bicep-template"      // a declaration the compiler would reject (an unknown symbol, a resource without name)
	CodeBicepParams       = "bicep-parameters"    // a .bicepparam file or parameter value that cannot be used
	CodeBicepModule       = "bicep-module"        // a module moat cannot read (registry, template spec, missing file); its resources and outputs are unknown
	CodeSuppression       = "suppression-invalid" // a moat:ignore suppression that cannot be read; it suppresses nothing
	CodePolicyError       = "policy-error"        // a rule failed to evaluate
	CodePolicyTimeout     = "policy-timeout"      // a rule ran past its time bound
)
