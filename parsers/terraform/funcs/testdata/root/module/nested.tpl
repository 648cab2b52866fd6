${depth}:${templatefile("nested.tpl", {depth = depth + 1})}
