"""The billing run (W4): billing requests, the run and its preview, the summary report, and
the changes a clerk makes to an order whose billing request cannot be billed."""

from desktop_app.services.billing.compute import (
    DraftLine,
    Group,
    InvoiceDraft,
    PostingRow,
    VatBreakdown,
    VoucherDraft,
    build_invoice,
    invoice_vouchers,
    voucher_drafts,
)
from desktop_app.services.billing.errors import (
    BilledElsewhere,
    BillingRequestProblem,
    BillingRunError,
    DueBeforeInvoiceDate,
    FetchFarAhead,
    NoRunDate,
    NotYetDue,
    NoVatAccount,
    OtherRunKind,
)
from desktop_app.services.billing.history import BillingRunInfo, billing_run_summary, list_billing_runs
from desktop_app.services.billing.report import (
    billing_summary_pdf,
    label,
    save_billing_summary_pdf,
)
from desktop_app.services.billing.results import (
    BilledInvoice,
    BillingRunResult,
    SkippedRequest,
    SummaryLine,
)
from desktop_app.services.billing.run import (
    AD_REVENUE_ACCOUNT,
    DEFAULT_CHUNK_REQUESTS,
    Cancel,
    Progress,
    run_billing,
)

__all__ = [
    "AD_REVENUE_ACCOUNT",
    "DEFAULT_CHUNK_REQUESTS",
    "Progress",
    "Cancel",
    "BillingRunError",
    "BillingRequestProblem",
    "DueBeforeInvoiceDate",
    "FetchFarAhead",
    "NoRunDate",
    "NoVatAccount",
    "NotYetDue",
    "OtherRunKind",
    "BilledElsewhere",
    "DraftLine",
    "VatBreakdown",
    "InvoiceDraft",
    "build_invoice",
    "PostingRow",
    "VoucherDraft",
    "voucher_drafts",
    "invoice_vouchers",
    "SummaryLine",
    "SkippedRequest",
    "BilledInvoice",
    "BillingRunResult",
    "Group",
    "run_billing",
    "BillingRunInfo",
    "list_billing_runs",
    "billing_run_summary",
    "label",
    "save_billing_summary_pdf",
    "billing_summary_pdf",
]
