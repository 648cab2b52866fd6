package sarif

import (
	v210 "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// Descriptor IDs of the notifications for files that were not checked and
// that no diagnostic explains.
const (
	fileSkipped = "file-skipped"
	fileFailed  = "file-failed"
)

// notifications lists the input diagnostics, then a note for each skipped
// or failed file that no diagnostic already covers.
func (b *builder) notifications(r *finding.Report) []*v210.Notification {
	out := make([]*v210.Notification, 0, len(r.Diagnostics))
	covered := make(map[string]bool)
	for _, d := range r.Diagnostics {
		covered[d.Subject.Filename] = true
		out = append(out, b.diagnostic(d))
	}
	for _, f := range r.Files {
		if (f.Status == finding.Skipped || f.Status == finding.Failed) && !covered[f.Path] {
			out = append(out, b.fileNote(f))
		}
	}
	return out
}

// diagnostic turns an input diagnostic into a notification whose
// descriptor is the diagnostic's code.
func (b *builder) diagnostic(d graph.Diagnostic) *v210.Notification {
	text := d.Summary
	if d.Detail != "" {
		text += ": " + d.Detail
	}
	return b.notification(notificationLevel(d.Severity), d.Code, text, d.Subject)
}

// fileNote is the note for a file that was skipped or failed.
func (b *builder) fileNote(f finding.File) *v210.Notification {
	id, text := fileSkipped, "File skipped"
	if f.Status == finding.Failed {
		id, text = fileFailed, "File failed"
	}
	if f.Reason != "" {
		text += ": " + f.Reason
	}
	return b.notification(v210.LevelNote, id, text, graph.Range{Filename: f.Path})
}

func (b *builder) notification(level, id, text string, subject graph.Range) *v210.Notification {
	n := v210.NewNotification().
		WithLevel(level).
		WithDescriptor(v210.NewReportingDescriptorReference().WithID(id)).
		WithMessage(v210.NewTextMessage(sentence(text)))
	if pl := b.physical(subject); pl != nil {
		n.AddLocation(v210.NewLocation().WithPhysicalLocation(pl))
	}
	return n
}

func notificationLevel(s graph.Severity) string {
	switch s {
	case graph.Error:
		return v210.LevelError
	case graph.Warning:
		return v210.LevelWarning
	case graph.Note:
		return v210.LevelNote
	}
	return v210.LevelNone
}
