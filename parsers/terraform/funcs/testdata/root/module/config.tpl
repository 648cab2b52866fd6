${jsonencode({ name = name, tags = [for t in tags : lower(t)] })}
