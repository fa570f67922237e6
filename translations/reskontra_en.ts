<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AllocationDialog</name>
    <message numerus="yes">
        <source>Allocate %1 of the payment to %n invoice(s)?</source>
        <translation>
            <numerusform>Allocate %1 of the payment to %n invoice?</numerusform>
            <numerusform>Allocate %1 of the payment to %n invoices?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 allocated to %n invoice(s).</source>
        <translation>
            <numerusform>%1 allocated to %n invoice.</numerusform>
            <numerusform>%1 allocated to %n invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message numerus="yes">
        <source>%n billing request(s) have errors</source>
        <translation>
            <numerusform>%n billing request has errors</numerusform>
            <numerusform>%n billing requests have errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a price that differs from the product&apos;s list price (shown in amber).</source>
        <translation>
            <numerusform>%n row has a price that differs from the product&apos;s list price (shown in amber).</numerusform>
            <numerusform>%n rows have a price that differs from the product&apos;s list price (shown in amber).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new billing request(s) made from the orders.</source>
        <translation>
            <numerusform>%n new billing request made from the orders.</numerusform>
            <numerusform>%n new billing requests made from the orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run was cancelled: %n invoice(s) were created before it stopped; the rest are still waiting.</source>
        <translation>
            <numerusform>The run was cancelled: %n invoice was created before it stopped; the rest are still waiting.</numerusform>
            <numerusform>The run was cancelled: %n invoices were created before it stopped; the rest are still waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) created in billing run %1.</source>
        <translation>
            <numerusform>%n invoice created in billing run %1.</numerusform>
            <numerusform>%n invoices created in billing run %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCardPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search used the first %1 words; %n word(s) left out.</source>
        <translation>
            <numerusform>The search used the first %1 words; %n word left out.</numerusform>
            <numerusform>The search used the first %1 words; %n words left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message numerus="yes">
        <source>%n invoice(s) can get payment reminder #%1; %2 not eligible yet.</source>
        <translation type="vanished">
            <numerusform>%n invoice can get payment reminder #%1; %2 not eligible yet.</numerusform>
            <numerusform>%n invoices can get payment reminder #%1; %2 not eligible yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) can get payment reminder #%1; %2 already reminded; %3 not eligible yet.</source>
        <translation>
            <numerusform>%n invoice can get payment reminder #%1; %2 already reminded; %3 not eligible yet.</numerusform>
            <numerusform>%n invoices can get payment reminder #%1; %2 already reminded; %3 not eligible yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n payment reminder(s) #%1? Reminder fees %2 and late-payment interest %3 will be posted.</source>
        <translation>
            <numerusform>Create %n payment reminder #%1? Reminder fees %2 and late-payment interest %3 will be posted.</numerusform>
            <numerusform>Create %n payment reminders #%1? Reminder fees %2 and late-payment interest %3 will be posted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n payment reminder(s) #%1? Reminder fees %2 will be posted.</source>
        <translation>
            <numerusform>Create %n payment reminder #%1? Reminder fees %2 will be posted.</numerusform>
            <numerusform>Create %n payment reminders #%1? Reminder fees %2 will be posted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment reminder(s) created</source>
        <translation>
            <numerusform>%n payment reminder created</numerusform>
            <numerusform>%n payment reminders created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected invoices got no reminder:</source>
        <translation>
            <numerusform>%n selected invoice got no reminder:</numerusform>
            <numerusform>%n selected invoices got no reminder:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) are unpaid after reminder #2: open %1, reminder fees open %2.</source>
        <translation>
            <numerusform>%n invoice is unpaid after reminder #2: open %1, reminder fees open %2.</numerusform>
            <numerusform>%n invoices are unpaid after reminder #2: open %1, reminder fees open %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n invoice(s) to collection? Open %1 and reminder fees %2 go to the collection agency.</source>
        <translation>
            <numerusform>Transfer %n invoice to collection? Open %1 and reminder fees %2 go to the collection agency.</numerusform>
            <numerusform>Transfer %n invoices to collection? Open %1 and reminder fees %2 go to the collection agency.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) transferred to collection.</source>
        <translation>
            <numerusform>%n invoice transferred to collection.</numerusform>
            <numerusform>%n invoices transferred to collection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) written to %1.</source>
        <translation>
            <numerusform>%n invoice written to %1.</numerusform>
            <numerusform>%n invoices written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderChangeDialog</name>
    <message numerus="yes">
        <source>Now %1 per period (VAT 0%), list price %2. The new price goes to the order and to its %n pending billing request(s); invoices already made keep their price.</source>
        <translation>
            <numerusform>Now %1 per period (VAT 0%), list price %2. The new price goes to the order and to its %n pending billing request; invoices already made keep their price.</numerusform>
            <numerusform>Now %1 per period (VAT 0%), list price %2. The new price goes to the order and to its %n pending billing requests; invoices already made keep their price.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1 is no longer active (%2), but %n billing request(s) of it still wait in the Billing tab, where they can never be billed. Taking them off the list clears their error.</source>
        <translation>
            <numerusform>Order %1 is no longer active (%2), but %n billing request of it still waits in the Billing tab, where it can never be billed. Taking it off the list clears its error.</numerusform>
            <numerusform>Order %1 is no longer active (%2), but %n billing requests of it still wait in the Billing tab, where they can never be billed. Taking them off the list clears their error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1 (%2) has not been billed. Cancelling it takes its %n pending billing request(s) off the list; it will not be billed.</source>
        <translation>
            <numerusform>Order %1 (%2) has not been billed. Cancelling it takes its %n pending billing request off the list; it will not be billed.</numerusform>
            <numerusform>Order %1 (%2) has not been billed. Cancelling it takes its %n pending billing requests off the list; it will not be billed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the %n billing request(s) of order %1 off the list?</source>
        <translation>
            <numerusform>Take the %n billing request of order %1 off the list?</numerusform>
            <numerusform>Take the %n billing requests of order %1 off the list?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message numerus="yes">
        <source>%n payment(s) wait for handling: %1 in all. Turn them into credit balance, allocate or refund them.</source>
        <translation>
            <numerusform>%n payment waits for handling: %1 in all. Turn it into credit balance, allocate or refund it.</numerusform>
            <numerusform>%n payments wait for handling: %1 in all. Turn them into credit balance, allocate or refund them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) are held with nothing booked: accept or discard them, or apply the return.</source>
        <translation>
            <numerusform>%n payment is held with nothing booked: accept or discard it, or apply the return.</numerusform>
            <numerusform>%n payments are held with nothing booked: accept or discard them, or apply the return.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was already imported (%2): its %n payment(s) were skipped; nothing was imported.</source>
        <translation>
            <numerusform>%1 was already imported (%2): its %n payment was skipped; nothing was imported.</numerusform>
            <numerusform>%1 was already imported (%2): its %n payments were skipped; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported</source>
        <translation>
            <numerusform>%n payment imported</numerusform>
            <numerusform>%n payments imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank reversal(s) took payments back.</source>
        <translation>
            <numerusform>%n bank reversal took a payment back.</numerusform>
            <numerusform>%n bank reversals took payments back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) were imported earlier and skipped.</source>
        <translation>
            <numerusform>%n payment was imported earlier and skipped.</numerusform>
            <numerusform>%n payments were imported earlier and skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) were possibly imported already: held under Needs handling, nothing booked.</source>
        <translation>
            <numerusform>%n payment was possibly imported already: held under Needs handling, nothing booked.</numerusform>
            <numerusform>%n payments were possibly imported already: held under Needs handling, nothing booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank return(s) do not say which payment they take back: they wait under Needs handling.</source>
        <translation>
            <numerusform>%n bank return does not say which payment it takes back: it waits under Needs handling.</numerusform>
            <numerusform>%n bank returns do not say which payment they take back: they wait under Needs handling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) need handling.</source>
        <translation>
            <numerusform>%n payment needs handling.</numerusform>
            <numerusform>%n payments need handling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turn %1 of %n payment(s) into credit balance? The balance pays the customer&apos;s next invoices.</source>
        <translation>
            <numerusform>Turn %1 of %n payment into credit balance? The balance pays the customer&apos;s next invoices.</numerusform>
            <numerusform>Turn %1 of %n payments into credit balance? The balance pays the customers&apos; next invoices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payment(s) turned into credit balance.</source>
        <translation>
            <numerusform>%1 of %n payment turned into credit balance.</numerusform>
            <numerusform>%1 of %n payments turned into credit balance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s) undone.</source>
        <translation>
            <numerusform>%n settlement undone.</numerusform>
            <numerusform>%n settlements undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Book %n payment(s) held as possibly imported already (%1 in all)? Each is then a payment of its own and pays its invoice.</source>
        <translation>
            <numerusform>Book %n payment held as possibly imported already (%1 in all)? It is then a payment of its own and pays its invoice.</numerusform>
            <numerusform>Book %n payments held as possibly imported already (%1 in all)? Each is then a payment of its own and pays its invoice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) booked.</source>
        <translation>
            <numerusform>%n payment booked.</numerusform>
            <numerusform>%n payments booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n payment(s) as imported already (%1 in all)? Nothing of them is booked; they stay listed as discarded.</source>
        <translation>
            <numerusform>Discard %n payment as imported already (%1 in all)? Nothing of it is booked; it stays listed as discarded.</numerusform>
            <numerusform>Discard %n payments as imported already (%1 in all)? Nothing of them is booked; they stay listed as discarded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) discarded as duplicates.</source>
        <translation>
            <numerusform>%n payment discarded as a duplicate.</numerusform>
            <numerusform>%n payments discarded as duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>%n document(s) would go out.</source>
        <translation>
            <numerusform>%n document would go out.</numerusform>
            <numerusform>%n documents would go out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingPage</name>
    <message numerus="yes">
        <source>%n invoice(s) cannot be sent on this channel; the row says why.</source>
        <translation>
            <numerusform>%n invoice cannot be sent on this channel; the row says why.</numerusform>
            <numerusform>%n invoices cannot be sent on this channel; the rows say why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery unknown for %n email(s): the sending stopped while they were being sent. Check the sent mail, then select them and press Resend or Mark sent.</source>
        <translation>
            <numerusform>Delivery unknown for %n email: the sending stopped while it was being sent. Check the sent mail, then select it and press Resend or Mark sent.</numerusform>
            <numerusform>Delivery unknown for %n emails: the sending stopped while they were being sent. Check the sent mail, then select them and press Resend or Mark sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n invoice(s) on the channel %1 now?</source>
        <translation>
            <numerusform>Send %n invoice on the channel %1 now?</numerusform>
            <numerusform>Send %n invoices on the channel %1 now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written; nothing was marked sent.</source>
        <translation>
            <numerusform>%n PDF written; nothing was marked sent.</numerusform>
            <numerusform>%n PDFs written; nothing was marked sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) sent by email.</source>
        <translation>
            <numerusform>%n invoice sent by email.</numerusform>
            <numerusform>%n invoices sent by email.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-invoice(s) written to the outbox for the operator.</source>
        <translation>
            <numerusform>%n e-invoice written to the outbox for the operator.</numerusform>
            <numerusform>%n e-invoices written to the outbox for the operator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in the print batch.</source>
        <translation>
            <numerusform>%n invoice in the print batch.</numerusform>
            <numerusform>%n invoices in the print batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed and stay unsent:</source>
        <translation>
            <numerusform>%n failed and stays unsent:</numerusform>
            <numerusform>%n failed and stay unsent:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n email(s) of delivery unknown again? If the customer already has one, the mail system drops the duplicate.</source>
        <translation>
            <numerusform>Send %n email of delivery unknown again? If the customer already has one, the mail system drops the duplicate.</numerusform>
            <numerusform>Send %n emails of delivery unknown again? If the customer already has one, the mail system drops the duplicate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n email(s) sent without sending them again? Do this only when the sent mail shows they went out.</source>
        <translation>
            <numerusform>Mark %n email sent without sending it again? Do this only when the sent mail shows it went out.</numerusform>
            <numerusform>Mark %n emails sent without sending them again? Do this only when the sent mail shows they went out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) marked sent.</source>
        <translation>
            <numerusform>%n email marked sent.</numerusform>
            <numerusform>%n emails marked sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n invoice(s) to the channel %1?</source>
        <translation>
            <numerusform>Move %n invoice to the channel %1?</numerusform>
            <numerusform>Move %n invoices to the channel %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) moved.</source>
        <translation>
            <numerusform>%n invoice moved.</numerusform>
            <numerusform>%n invoices moved.</numerusform>
        </translation>
    </message>
</context>
</TS>
