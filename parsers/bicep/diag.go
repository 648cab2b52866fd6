package bicep

import (
	"strconv"

	"github.com/moatscan/moat/graph"
)

func templateDiag(r graph.Range, summary, detail string) graph.Diagnostic {
	return graph.Diagnostic{Severity: graph.Error, Code: graph.CodeBicepTemplate, Subject: r, Summary: summary, Detail: detail}
}

func moduleDiag(r graph.Range, summary, detail string) graph.Diagnostic {
	return graph.Diagnostic{Severity: graph.Warning, Code: graph.CodeBicepModule, Subject: r, Summary: summary, Detail: detail}
}

func limitDiag(r graph.Range, summary string) graph.Diagnostic {
	return graph.Diagnostic{Severity: graph.Error, Code: graph.CodeBicepLimit, Subject: r, Summary: summary,
		Detail: "moat stops there so that a hostile file cannot exhaust time or memory; what lies beyond is not checked"}
}

func paramsDiag(r graph.Range, summary, detail string) graph.Diagnostic {
	return graph.Diagnostic{Severity: graph.Error, Code: graph.CodeBicepParams, Subject: r, Summary: summary, Detail: detail}
}

func itoa(n int) string { return strconv.Itoa(n) }
