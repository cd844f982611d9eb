#!/usr/bin/python3
"""The default Maxwell model written in PyTorch, for a throughput reference only.

Same architecture as maxwell.train's PartitionedModelBuilder for an MLP experiment: encoder
input -> 512 -> 256 (ReLU), per partition a mean and (Gaussian codes) a log-variance head (8 + 8),
the reparameterised code (or the mean itself: deterministic codes), a decoder whose first layer sums z_p W_p, 256 -> 512 -> input (ReLU,
sigmoid output), squared-error reconstruction summed over features, beta*KL, the domain MMD term
on the content means (Maxwell's kernel widths: 0.02-0.25 of the batch's mean squared distance), and
the demon (an MLP 8 -> 64 -> domains) behind a gradient-reversal layer on the content code. Adam,
lr 1e-3. step-throughput.sh passes the latent type, beta and MMD weight of Maxwell's template.
Data are random images of the same size (throughput does not depend on pixel values).

Prints one line per round: samples/s over the timed steps, with torch's version, thread count
and BLAS, so the comparison states what it compared with.
"""
import argparse
import json
import os
import time

import torch
from torch import nn


class ReverseGradient(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lam):
        ctx.lam = lam
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad):
        return -ctx.lam * grad, None


class PartitionedVae(nn.Module):
    def __init__(self, inputs, hidden, partitions, classes, adversary_hidden, gaussian):
        super().__init__()
        self.gaussian = gaussian
        layers, width = [], inputs
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.encoder = nn.Sequential(*layers)
        self.means = nn.ModuleList(nn.Linear(width, d) for d in partitions)
        self.log_variances = nn.ModuleList(nn.Linear(width, d) for d in partitions) if gaussian else None
        decoder_hidden = list(reversed(hidden))
        self.decoder_in = nn.ModuleList(nn.Linear(d, decoder_hidden[0], bias=False) for d in partitions)
        self.decoder_in_bias = nn.Parameter(torch.zeros(decoder_hidden[0]))
        layers, width = [nn.ReLU()], decoder_hidden[0]
        for h in decoder_hidden[1:]:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers += [nn.Linear(width, inputs), nn.Sigmoid()]
        self.decoder = nn.Sequential(*layers)
        layers, width = [], partitions[0]
        for h in adversary_hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, classes))
        self.adversary = nn.Sequential(*layers)

    def forward(self, x, lam):
        h = self.encoder(x)
        codes, means, kl = [], [], 0.0
        for p, mean_head in enumerate(self.means):
            mean = mean_head(h)
            means.append(mean)
            if self.gaussian:
                log_var = self.log_variances[p](h)
                codes.append(mean + torch.exp(0.5 * log_var) * torch.randn_like(mean))
                kl = kl + (-0.5 * (1 + log_var - mean * mean - log_var.exp()).sum(1)).mean()
            else:
                codes.append(mean)
        first = sum(layer(z) for layer, z in zip(self.decoder_in, codes)) + self.decoder_in_bias
        reconstruction = self.decoder(first)
        logits = self.adversary(ReverseGradient.apply(codes[0], lam))
        return reconstruction, kl, logits, means[0], codes

    def decode(self, codes):
        first = sum(layer(z) for layer, z in zip(self.decoder_in, codes)) + self.decoder_in_bias
        return self.decoder(first)


def domain_mmd(codes, one_hot):
    """Sum over domains of MMD^2(domain's codes, batch's codes), kernels scaled to the batch."""
    rows = codes.shape[0]
    sizes = one_hot.sum(0)
    w = one_hot / sizes.clamp(min=1) - (sizes > 0).float() / rows
    m = w @ w.T
    squares = (codes * codes).sum(1, keepdim=True)
    distances = (squares + squares.T - 2 * codes @ codes.T).clamp(min=0)
    mean_distance = distances.mean() + 1e-12
    kernel = sum(torch.exp(-distances / (h * mean_distance)) for h in (0.02, 0.05, 0.1, 0.25))
    return (m * kernel).sum()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, required=True, help="pixels x channels of one image")
    parser.add_argument("--domains", type=int, required=True)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=150)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--latent", choices=["gaussian", "deterministic"], default="gaussian")
    parser.add_argument("--beta", type=float, default=1.0)
    parser.add_argument("--mmd", type=float, default=0.0, help="weight of the domain MMD term")
    parser.add_argument("--cross", type=float, default=0.0,
                        help="weight of the cross reconstruction term (rows i*domains.. show one item)")
    parser.add_argument("--lam", type=float, default=1.0, help="the demon's weight (does not change the work)")
    args = parser.parse_args()
    torch.manual_seed(42)
    torch.set_num_threads(args.threads)
    model = PartitionedVae(args.inputs, [512, 256], [8, 8], args.domains, [64], args.latent == "gaussian")
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = torch.rand(args.batch, args.inputs)
    domains = torch.arange(args.batch) % args.domains  # as StepThroughput.java labels its batch
    one_hot = nn.functional.one_hot(domains, args.domains).float()
    cross_entropy = nn.CrossEntropyLoss()
    # as Maxwell's cross reconstruction: the content code of the next row showing the row's item, the
    # style code of the next row showing another item in its domain
    rows = torch.arange(args.batch)
    item_start = rows // args.domains * args.domains
    item_size = torch.clamp(args.batch - item_start, max=args.domains)
    same_item = item_start + (rows - item_start + 1) % item_size
    same_domain = (rows + args.domains) % args.batch

    def step():
        reconstruction, kl, logits, content_means, codes = model(x, args.lam)
        loss = ((x - reconstruction) ** 2).sum(1).mean() + args.beta * kl + cross_entropy(logits, domains)
        if args.mmd > 0:
            loss = loss + args.mmd * domain_mmd(content_means, one_hot)
        if args.cross > 0:
            crossed = model.decode([codes[0][same_item], codes[1][same_domain]])
            loss = loss + args.cross * ((x - crossed) ** 2).sum(1).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()

    # Debian's torch calls the system libblas.so.3, whichever the alternatives system selects
    blas = os.path.realpath("/usr/lib/x86_64-linux-gnu/libblas.so.3")
    for _ in range(args.rounds):
        for _ in range(args.warmup):
            step()
        start = time.perf_counter()
        for _ in range(args.steps):
            step()
        seconds = time.perf_counter() - start
        print(json.dumps({"engine": "pytorch " + torch.__version__, "threads": torch.get_num_threads(),
                          "blas": blas, "batch": args.batch, "inputs": args.inputs, "latent": args.latent,
                          "domain_mmd_weight": args.mmd, "cross_reconstruction_weight": args.cross,
                          "samples_per_second": round(args.steps * args.batch / seconds, 1)}))


if __name__ == "__main__":
    main()
